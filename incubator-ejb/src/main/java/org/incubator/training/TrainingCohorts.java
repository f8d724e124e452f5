package org.incubator.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.incubator.identity.Role;
import org.incubator.shared.CentreTime;
import org.incubator.shared.PageRequest;

/**
 * The cohorts as training sees them, the latest starting first, paged as every list is: the page's
 * ids along the cohorts' start index, as a derived table those cohorts are joined to with their
 * counts, in one statement (the people counted as they move, {@code cohort_people}, V33; the page's
 * scheduled sessions read once along their cohort and status index, counted, held and next
 * together: the same page's ids a second time keep that read to the page's cohorts).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR})
public class TrainingCohorts {

  /** Cohorts whose period holds today, read along their start index. */
  private static final String NOW = " WHERE c.period.start <= :today AND c.period.end >= :today";

  /** The same, in the page's SQL. */
  private static final String NOW_IN_SQL = " WHERE o.starts_on <= ?1 AND o.ends_on >= ?1";

  private static final Comparator<CohortInTraining> LATEST_STARTING_FIRST =
      Comparator.comparing(CohortInTraining::getStartsOn)
          .thenComparing(CohortInTraining::getId)
          .reversed();

  @PersistenceContext private EntityManager em;

  /** All cohorts, or only those in training now (today within their period). */
  public long count(boolean inTrainingNow) {
    var count =
        em.createQuery("SELECT COUNT(c) FROM Cohort c" + (inTrainingNow ? NOW : ""), Long.class);
    if (inTrainingNow) {
      count.setParameter("today", CentreTime.today());
    }
    return count.getSingleResult();
  }

  public List<CohortInTraining> page(@NotNull PageRequest page, boolean inTrainingNow) {
    String order = page.isNearerTheEnd() ? "ASC" : "DESC";
    String pageIds =
        "(SELECT o.id FROM cohort o"
            + (inTrainingNow ? NOW_IN_SQL : "")
            + " ORDER BY o.starts_on "
            + order
            + ", o.id "
            + order
            + " LIMIT ?2 OFFSET ?3)";
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT c.id, c.name, f.name, c.starts_on, c.ends_on, COALESCE(k.people, 0),"
                    + " COALESCE(k.active, 0), COALESCE(t.sessions, 0), COALESCE(t.held, 0),"
                    + " t.next_day FROM "
                    + pageIds
                    + " page JOIN cohort c ON c.id = page.id"
                    + " JOIN call_for_applications f ON f.id = c.call_id"
                    + " LEFT JOIN cohort_people k ON k.cohort_id = c.id"
                    + " LEFT JOIN (SELECT s.cohort_id, COUNT(*) sessions, SUM(s.day < ?1) held,"
                    + " MIN(CASE WHEN s.day >= ?1 THEN s.day END) next_day FROM "
                    + pageIds
                    + " again JOIN training_session s ON s.cohort_id = again.id"
                    + " WHERE s.status = 'SCHEDULED' GROUP BY s.cohort_id) t ON t.cohort_id = c.id")
            .setParameter(1, Date.valueOf(CentreTime.today()))
            .setParameter(2, page.rowsToRead())
            .setParameter(3, page.rowsToSkip())
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new CohortInTraining(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    day(r[3]),
                    day(r[4]),
                    ((Number) r[5]).intValue(),
                    ((Number) r[6]).intValue(),
                    ((Number) r[7]).intValue(),
                    ((Number) r[8]).intValue(),
                    r[9] == null ? null : day(r[9])))
        .sorted(LATEST_STARTING_FIRST)
        .collect(Collectors.toCollection(ArrayList::new));
  }

  private static LocalDate day(Object value) {
    return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
  }
}
