package org.incubator.programme;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.incubator.identity.Role;
import org.incubator.shared.Caller;
import org.incubator.shared.ConcurrentUpdateException;
import org.incubator.shared.Flushes;
import org.incubator.shared.Money;

/**
 * The programme's settings: every service reads them as they are now; the administrator changes
 * them, and each change is kept with who made it and when. A change saved on settings somebody else
 * changed meanwhile is refused, so nobody overwrites a change they never saw.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class Programme {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @PermitAll
  public ProgrammeSettings settings() {
    return em.find(ProgrammeSettings.class, ProgrammeSettings.THE_ONLY_ROW);
  }

  public void change(@NotNull @Valid SettingsDetails details) {
    ProgrammeSettings settings =
        em.find(
            ProgrammeSettings.class,
            ProgrammeSettings.THE_ONLY_ROW,
            LockModeType.PESSIMISTIC_WRITE);
    if (settings.getVersion() != details.getVersion()) {
      throw new ConcurrentUpdateException();
    }
    settings.change(
        Money.mad(details.getGrantCeiling()),
        Money.mad(details.getTwoReviewersAbove()),
        details.plan(),
        details.getRepeatYears(),
        details.getDocumentsPerApplication(),
        details.getMegabytesPerAccount(),
        details.getCommitteeQuorum(),
        caller.name(),
        Instant.now());
    em.persist(new SettingsChange(settings));
    Flushes.orConflict(em);
  }

  /** The changes, the latest first. */
  public List<SettingsChange> changes(int count) {
    return em.createQuery(
            "SELECT c FROM SettingsChange c ORDER BY c.at DESC, c.id DESC", SettingsChange.class)
        .setMaxResults(count)
        .getResultList();
  }
}
