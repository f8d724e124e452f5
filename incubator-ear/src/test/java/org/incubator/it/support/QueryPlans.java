package org.incubator.it.support;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** MariaDB's plan for a statement the application sent, as a test asserts on it or logs it. */
public final class QueryPlans {

  /** One line of {@code EXPLAIN}: how one table is read. */
  public record Step(String table, String type, String key, String rows, String extra) {

    @Override
    public String toString() {
      return String.format("%s type=%s key=%s rows=%s extra=%s", table, type, key, rows, extra);
    }
  }

  private QueryPlans() {}

  /** The plan of the statement as it was sent, its parameters written in, in their order. */
  public static List<Step> explain(DataSource dataSource, String sql, String... values)
      throws SQLException {
    String filled = sql;
    for (String value : values) {
      filled = filled.replaceFirst("\\?", value);
    }
    List<Step> steps = new ArrayList<>();
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement();
        var plan = statement.executeQuery("EXPLAIN " + filled)) {
      while (plan.next()) {
        steps.add(
            new Step(
                plan.getString("table"),
                plan.getString("type"),
                plan.getString("key"),
                plan.getString("rows"),
                String.valueOf(plan.getString("Extra"))));
      }
    }
    return steps;
  }
}
