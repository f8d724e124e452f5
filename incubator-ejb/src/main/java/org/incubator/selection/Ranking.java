package org.incubator.selection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.incubator.applicant.Gender;
import org.incubator.applicant.Trade;
import org.incubator.identity.Role;
import org.incubator.shared.PageRequest;

/**
 * A call's applications in rank order, the best total first, computed by the database: a page costs
 * one statement and the count one more, whatever the number of applications. Ranks are those of the
 * whole call (a window over the call), so a filtered page still shows each applicant's real rank.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR})
public class Ranking {

  private static final String RANKED_CALL =
      "SELECT a.id, a.holder_id, a.total_score, a.status, a.cohort_id, CASE WHEN a.total_score IS"
          + " NULL THEN NULL ELSE RANK() OVER (ORDER BY a.total_score DESC) END AS call_rank FROM"
          + " application a WHERE a.call_id = ? AND a.status IN "
          + ApplicationStatus.RANKED.stream()
              .map(s -> "'" + s.name() + "'")
              .collect(Collectors.joining(", ", "(", ")"));

  @PersistenceContext private EntityManager em;

  public List<RankedApplication> page(
      @NotNull RankingFilter filter, @NotNull PageRequest page, Locale locale) {
    List<Object> parameters = new ArrayList<>();
    parameters.add(Timestamp.from(Instant.now()));
    String sql =
        "SELECT r.id, r.call_rank, r.total_score, r.status, h.id, CONCAT(h.first_name, ' ',"
            + " h.last_name), h.gender, p."
            + provinceColumn(locale)
            + ", h.project_trade, c.name, EXISTS (SELECT 1 FROM application o JOIN"
            + " application_status_change s ON s.application_id = o.id WHERE o.holder_id ="
            + " r.holder_id AND o.id <> r.id AND s.to_status = 'ADMITTED' AND s.changed_at >= "
            + EarlierSupport.SINCE_IN_SQL
            + ")"
            + from(filter, parameters)
            + " LEFT JOIN cohort c ON c.id = r.cohort_id"
            + where(filter, parameters)
            + " ORDER BY r.total_score IS NULL, r.total_score DESC, r.id LIMIT ? OFFSET ?";
    parameters.add(page.size());
    parameters.add(page.first());
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    List<RankedApplication> rows = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] v = (Object[]) row;
      rows.add(
          new RankedApplication(
              ((Number) v[0]).longValue(),
              v[1] == null ? null : ((Number) v[1]).longValue(),
              (BigDecimal) v[2],
              ApplicationStatus.valueOf((String) v[3]),
              ((Number) v[4]).longValue(),
              (String) v[5],
              Gender.valueOf((String) v[6]),
              (String) v[7],
              Trade.valueOf((String) v[8]),
              (String) v[9],
              ((Number) v[10]).intValue() != 0));
    }
    return rows;
  }

  public long count(@NotNull RankingFilter filter) {
    List<Object> parameters = new ArrayList<>();
    var query =
        em.createNativeQuery(
            "SELECT COUNT(*)" + from(filter, parameters) + where(filter, parameters));
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return ((Number) query.getSingleResult()).longValue();
  }

  private static String from(RankingFilter filter, List<Object> parameters) {
    parameters.add(filter.callId());
    return " FROM ("
        + RANKED_CALL
        + ") r JOIN project_holder h ON h.id = r.holder_id JOIN province p ON p.code ="
        + " h.province_code";
  }

  private static String where(RankingFilter filter, List<Object> parameters) {
    List<String> conditions = new ArrayList<>();
    List<String> statuses = filter.statuses().stream().map(Enum::name).sorted().toList();
    conditions.add(
        "r.status IN (" + String.join(", ", statuses.stream().map(s -> "?").toList()) + ")");
    parameters.addAll(statuses);
    if (filter.provinceCode() != null) {
      conditions.add("h.province_code = ?");
      parameters.add(filter.provinceCode());
    }
    if (filter.gender() != null) {
      conditions.add("h.gender = ?");
      parameters.add(filter.gender().name());
    }
    if (filter.trade() != null) {
      conditions.add("h.project_trade = ?");
      parameters.add(filter.trade().name());
    }
    return " WHERE " + String.join(" AND ", conditions);
  }

  private static String provinceColumn(Locale locale) {
    return switch (locale == null ? "en" : locale.getLanguage()) {
      case "ar" -> "name_ar";
      case "fr" -> "name_fr";
      default -> "name_en";
    };
  }
}
