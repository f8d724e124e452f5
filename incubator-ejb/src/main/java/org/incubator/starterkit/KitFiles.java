package org.incubator.starterkit;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.incubator.training.Participant;

/** Reads a person's kit the one way, for staff and for the person: a few statements. */
@Dependent
public class KitFiles {

  /** Custody moves shown on a person's page, newest first. */
  public static final int MOVES_SHOWN = 100;

  @PersistenceContext private EntityManager em;

  public PersonKit of(Participant participant, boolean withHistory) {
    KitAllocation allocation =
        em.createQuery(
                "SELECT DISTINCT a FROM KitAllocation a JOIN FETCH a.template LEFT JOIN FETCH"
                    + " a.lines l LEFT JOIN FETCH l.article WHERE a.participant = :participant"
                    + " ORDER BY l.id",
                KitAllocation.class)
            .setParameter("participant", participant)
            .getResultStream()
            .findFirst()
            .orElse(null);
    KitHandover handover =
        allocation == null
            ? null
            : em.createQuery(
                    "SELECT DISTINCT h FROM KitHandover h LEFT JOIN FETCH h.units WHERE"
                        + " h.allocation = :allocation",
                    KitHandover.class)
                .setParameter("allocation", allocation)
                .getResultStream()
                .findFirst()
                .orElse(null);
    List<KitUnit> units =
        em.createQuery(
                "SELECT u FROM KitUnit u JOIN FETCH u.article WHERE u.participant = :participant"
                    + " ORDER BY u.article.nameFr, u.serial",
                KitUnit.class)
            .setParameter("participant", participant)
            .getResultList();
    List<KitReturn> returns =
        em.createQuery(
                "SELECT r FROM KitReturn r JOIN FETCH r.unit u JOIN FETCH u.article WHERE"
                    + " r.participant = :participant ORDER BY r.id DESC",
                KitReturn.class)
            .setParameter("participant", participant)
            .setMaxResults(MOVES_SHOWN)
            .getResultList();
    if (!withHistory) {
      return new PersonKit(participant, allocation, handover, units, List.of(), List.of(), returns);
    }
    List<CustodyMove> moves =
        em.createQuery(
                "SELECT m FROM CustodyMove m JOIN FETCH m.unit u JOIN FETCH u.article WHERE"
                    + " m.participant = :participant ORDER BY m.id DESC",
                CustodyMove.class)
            .setParameter("participant", participant)
            .setMaxResults(MOVES_SHOWN)
            .getResultList();
    List<SpotCheck> checks =
        em.createQuery(
                "SELECT s FROM SpotCheck s WHERE s.participant = :participant ORDER BY s.id DESC",
                SpotCheck.class)
            .setParameter("participant", participant)
            .getResultList();
    return new PersonKit(participant, allocation, handover, units, moves, checks, returns);
  }
}
