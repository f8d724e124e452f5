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
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.incubator.identity.Role;
import org.incubator.shared.CentreTime;
import org.incubator.shared.PageRequest;

/**
 * The cohorts as training sees them, the latest starting first, paged as every list is: the page's
 * ids along the cohorts' start index, then those cohorts with their counts in one statement (the
 * people counted as they move, {@code cohort_people}, V33; the sessions by status along an index).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR})
public class TrainingCohorts {

  /** Cohorts whose period holds today, read along their start index. */
  private static final String NOW = " WHERE c.period.start <= :today AND c.period.end >= :today";

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
    List<Long> ids = ids(page, inTrainingNow);
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, CohortInTraining> rows =
        rows(ids).stream().collect(Collectors.toMap(CohortInTraining::getId, Function.identity()));
    return PageRequest.inOrderOf(ids, rows);
  }

  private List<Long> ids(PageRequest page, boolean inTrainingNow) {
    boolean fromTheEnd = page.isNearerTheEnd();
    String order = fromTheEnd ? "ASC" : "DESC";
    var query =
        em.createQuery(
            "SELECT c.id FROM Cohort c"
                + (inTrainingNow ? NOW : "")
                + " ORDER BY c.period.start "
                + order
                + ", c.id "
                + order,
            Long.class);
    if (inTrainingNow) {
      query.setParameter("today", CentreTime.today());
    }
    return page.idsFrom(query, fromTheEnd);
  }

  private List<CohortInTraining> rows(List<Long> ids) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT c.id, c.name, f.name, c.starts_on, c.ends_on, COALESCE(k.people, 0),"
                    + " COALESCE(k.active, 0),"
                    + " (SELECT COUNT(*) FROM training_session s WHERE s.cohort_id = c.id AND"
                    + " s.status = 'SCHEDULED'),"
                    + " (SELECT COUNT(*) FROM training_session s WHERE s.cohort_id = c.id AND"
                    + " s.status = 'SCHEDULED' AND s.day < ?1),"
                    + " (SELECT MIN(s.day) FROM training_session s WHERE s.cohort_id = c.id AND"
                    + " s.status = 'SCHEDULED' AND s.day >= ?1)"
                    + " FROM cohort c JOIN call_for_applications f ON f.id = c.call_id"
                    + " LEFT JOIN cohort_people k ON k.cohort_id = c.id"
                    + " WHERE c.id IN ("
                    + ids.stream().map(String::valueOf).collect(Collectors.joining(","))
                    + ")")
            .setParameter(1, Date.valueOf(CentreTime.today()))
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
        .toList();
  }

  private static LocalDate day(Object value) {
    return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
  }
}
