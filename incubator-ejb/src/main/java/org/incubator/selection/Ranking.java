package org.incubator.selection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.incubator.applicant.Gender;
import org.incubator.applicant.Trade;
import org.incubator.identity.Role;
import org.incubator.shared.LocalizedName;
import org.incubator.shared.PageRequest;

/**
 * A call's applications in rank order, the best total first, at the cost of a page and not of the
 * call, in one statement: a page's ids are read from the index of the call's ranked applications in
 * rank order (backwards from the end for a page nearer the end), from an index of its own when the
 * page is narrowed to a province, a trade or a gender, as a derived table those rows are joined to
 * with their rank. Ranks are those of the whole call, so a filtered page still shows each
 * applicant's real rank; they are kept by the database as marks and statuses change (table {@code
 * ranked_total}, migration V21), never computed over the call.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR})
public class Ranking {

  /** The order of the ranking: the best total first, equal totals in the order they applied. */
  private static final Comparator<RankedApplication> IN_RANK_ORDER =
      Comparator.comparing(
              RankedApplication::getTotal, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(RankedApplication::getApplicationId);

  @PersistenceContext private EntityManager em;

  public List<RankedApplication> page(
      @NotNull RankingFilter filter, @NotNull PageRequest page, Locale locale) {
    List<Object> parameters = new ArrayList<>(EarlierSupport.parameters(Instant.now()));
    String sql =
        "SELECT a.id, t.ahead + 1, a.total_score, a.status, h.id, CONCAT(h.first_name, ' ',"
            + " h.last_name), h.gender, p."
            + LocalizedName.columnFor(locale)
            + ", h.project_trade, c.name, "
            + EarlierSupport.SUPPORTED_IN_SQL
            + " FROM ("
            + pageIds(filter, page, parameters)
            + ") page JOIN application a ON a.id = page.id JOIN project_holder h ON h.id ="
            + " a.holder_id JOIN province p ON p.code = h.province_code LEFT JOIN cohort c ON c.id"
            + " = a.cohort_id LEFT JOIN ranked_total t ON t.call_id = a.call_id AND t.total_score ="
            + " a.total_score";
    List<RankedApplication> rows = new ArrayList<>();
    for (Object row : withParameters(sql, parameters).getResultList()) {
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
    rows.sort(IN_RANK_ORDER);
    return rows;
  }

  public long count(@NotNull RankingFilter filter) {
    List<Object> parameters = new ArrayList<>();
    String sql = "SELECT COUNT(*) FROM application a" + where(filter, parameters);
    return ((Number) withParameters(sql, parameters).getSingleResult()).longValue();
  }

  /**
   * The page's ids along the index in rank order (backwards from the end for a page nearer the
   * end), as the derived table the page's rows are joined to: one statement for the page.
   */
  private static String pageIds(RankingFilter filter, PageRequest page, List<Object> parameters) {
    boolean backwards = page.isNearerTheEnd();
    String sql =
        "SELECT a.id"
            + " FROM application a FORCE INDEX ("
            + rankOrderIndex(filter)
            + ")"
            + where(filter, parameters)
            + (backwards
                ? " ORDER BY a.total_score, a.id DESC"
                : " ORDER BY a.total_score DESC, a.id")
            + " LIMIT ? OFFSET ?";
    parameters.add(page.rowsToRead());
    parameters.add(page.rowsToSkip());
    return sql;
  }

  /**
   * The index of the call's ranked applications in rank order, narrowed to the most selective
   * filter set: the applicant's province, trade and gender are copied onto the application (V34).
   */
  private static String rankOrderIndex(RankingFilter filter) {
    if (filter.provinceCode() != null) {
      return "ix_application_rank_province";
    }
    if (filter.trade() != null) {
      return "ix_application_rank_trade";
    }
    return filter.gender() != null ? "ix_application_rank_gender" : "ix_application_rank_order";
  }

  private static String where(RankingFilter filter, List<Object> parameters) {
    List<String> conditions = new ArrayList<>();
    conditions.add("a.call_id = ? AND a.in_ranking = 1");
    parameters.add(filter.callId());
    List<String> statuses = filter.statuses().stream().map(Enum::name).sorted().toList();
    conditions.add(
        "a.status IN (" + String.join(", ", Collections.nCopies(statuses.size(), "?")) + ")");
    parameters.addAll(statuses);
    if (filter.provinceCode() != null) {
      conditions.add("a.holder_province_code = ?");
      parameters.add(filter.provinceCode());
    }
    if (filter.gender() != null) {
      conditions.add("a.holder_gender = ?");
      parameters.add(filter.gender().name());
    }
    if (filter.trade() != null) {
      conditions.add("a.holder_trade = ?");
      parameters.add(filter.trade().name());
    }
    return " WHERE " + String.join(" AND ", conditions);
  }

  private Query withParameters(String sql, List<Object> parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return query;
  }
}
