package org.incubator.programme;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.incubator.identity.Role;
import org.incubator.shared.Caller;
import org.incubator.shared.ConcurrentUpdateException;
import org.incubator.shared.Flushes;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.PageRequest;

/**
 * The programme's settings ({@link Setting}): every service reads them as they are now; the
 * administrator changes them, and each setting changed is kept with its value before and after, who
 * changed it and when. A save changes only the settings typed differently from what the page
 * opened, and is refused if one of those changed meanwhile, so nobody overwrites a change they
 * never saw.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class Programme {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @PermitAll
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public ProgrammeSettings settings() {
    return ProgrammeSettings.of(
        em.createQuery("SELECT v FROM SettingValue v", SettingValue.class).getResultList());
  }

  public void change(@NotNull SettingsDetails details) {
    Map<Setting, String> changed = new EnumMap<>(Setting.class);
    for (Setting setting : Setting.values()) {
      String typed = details.typed(setting);
      if (typed == null) {
        throw IncubatorException.onField(setting.getField(), "field.required");
      }
      String value = setting.read(typed);
      if (!value.equals(details.opened(setting))) {
        changed.put(setting, value);
      }
    }
    String by = caller.name();
    Instant now = Instant.now();
    // In the order of the declarations, so two saves lock their rows in the same order.
    changed.forEach(
        (setting, value) -> {
          SettingValue row =
              em.find(SettingValue.class, setting.name(), LockModeType.PESSIMISTIC_WRITE);
          if ((row == null ? 0 : row.getVersion()) != details.version(setting)) {
            throw new ConcurrentUpdateException();
          }
          String before = row == null ? setting.defaultText() : row.getValue();
          if (row == null) {
            em.persist(new SettingValue(setting, value, by, now));
          } else {
            row.change(value, by, now);
          }
          em.persist(new SettingChange(setting, before, value, by, now));
        });
    // Two saves giving a setting its first row at the same moment: the second is refused.
    Flushes.orDuplicate(em, "PRIMARY", ConcurrentUpdateException::new);
  }

  /** The changes, the latest first, a page at a time. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<SettingChange> changes(@NotNull PageRequest page) {
    return em.createQuery(
            "SELECT c FROM SettingChange c ORDER BY c.at DESC, c.id DESC", SettingChange.class)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long countChanges() {
    return em.createQuery("SELECT COUNT(c) FROM SettingChange c", Long.class).getSingleResult();
  }
}
