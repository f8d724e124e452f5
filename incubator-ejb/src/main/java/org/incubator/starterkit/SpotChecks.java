package org.incubator.starterkit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.incubator.identity.Role;
import org.incubator.selection.DocumentContent;
import org.incubator.shared.Caller;
import org.incubator.shared.Entities;
import org.incubator.shared.Flushes;
import org.incubator.shared.NotFoundException;
import org.incubator.training.Participant;

/**
 * Mentors' spot checks on visits: which of the units a person holds were seen. A person whose
 * latest check missed one is flagged on the mentors' home until a later check sees everything.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR})
public class SpotChecks {

  /** People flagged on the home page, most recent check first. */
  public static final int FLAGS_SHOWN = 10;

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private KitDocuments documents;

  @RolesAllowed(Role.Names.MENTOR)
  public Long record(
      @NotNull Long participantId, LocalDate on, Collection<Long> seen, String note) {
    return record(participantId, on, seen, note, null, null);
  }

  /** A check with the photo taken on the visit ({@code photo} null when none was). */
  @RolesAllowed(Role.Names.MENTOR)
  public Long record(
      @NotNull Long participantId,
      LocalDate on,
      Collection<Long> seen,
      String note,
      String photoName,
      byte[] photo) {
    Participant participant =
        Entities.get(em, Participant.class, participantId, "training.participant.notFound");
    List<KitUnit> held =
        em.createQuery(
                "SELECT u FROM KitUnit u WHERE u.participant = :participant AND u.status ="
                    + " org.incubator.starterkit.UnitStatus.ON_LOAN ORDER BY u.id",
                KitUnit.class)
            .setParameter("participant", participant)
            .getResultList();
    var check =
        new SpotCheck(
            participant,
            on,
            held,
            seen == null ? Set.of() : Set.copyOf(seen),
            note,
            caller.name(),
            Instant.now());
    if (photo != null && photo.length > 0) {
      check.attachPhoto(documents.keep(photoName, photo, "spotCheckPhoto"));
    }
    em.persist(check);
    Flushes.orConflict(em);
    return check.getId();
  }

  /** The photo taken on a visit, if one was. */
  public DocumentContent photo(@NotNull Long spotCheckId) {
    SpotCheck check =
        Entities.get(em, SpotCheck.class, spotCheckId, "starterkit.spotCheck.notFound");
    return documents.open(
        check
            .getPhoto()
            .orElseThrow(
                () -> new NotFoundException("starterkit.spotCheck.notFound", spotCheckId)));
  }

  /** People whose latest check missed units, in one statement. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<SpotCheckFlag> flagged() {
    return em.createQuery(
            "SELECT NEW org.incubator.starterkit.SpotCheckFlag(p.id, p.application.id,"
                + " h.firstName, h.lastName, s.checkedOn, s.missing) FROM SpotCheck s JOIN"
                + " s.participant p JOIN p.holder h WHERE s.missing > 0 AND s.id = (SELECT"
                + " MAX(l.id) FROM SpotCheck l WHERE l.participant = p) ORDER BY s.checkedOn"
                + " DESC, s.id DESC",
            SpotCheckFlag.class)
        .setMaxResults(FLAGS_SHOWN)
        .getResultList();
  }
}
