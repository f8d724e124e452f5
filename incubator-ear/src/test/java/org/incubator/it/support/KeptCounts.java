package org.incubator.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Counts the database keeps as rows change (each mentor's caseload, each cohort's people), checked
 * against a count over every row: both statements give a key and two counts, in the same order.
 */
public final class KeptCounts {

  private KeptCounts() {}

  public static void assertKeptEqualsRecount(DataSource dataSource, String kept, String recount)
      throws SQLException {
    try (var connection = dataSource.getConnection();
        var keptRows = connection.prepareStatement(kept);
        var recountRows = connection.prepareStatement(recount)) {
      List<String> recounted = rowsOf(recountRows);
      assertFalse(recounted.isEmpty(), "nothing to compare: " + recount);
      assertEquals(recounted, rowsOf(keptRows));
    }
  }

  private static List<String> rowsOf(PreparedStatement statement) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (var result = statement.executeQuery()) {
      while (result.next()) {
        rows.add(result.getString(1) + "=" + result.getLong(2) + "/" + result.getLong(3));
      }
    }
    return rows;
  }
}
