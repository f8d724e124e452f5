package org.incubator.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * What the database itself refuses, whoever writes to it: statements are checked to be refused by
 * the guard meant, not by any error (a typo in the SQL, a lost connection) that would pass for it.
 */
public final class DatabaseGuards {

  /** The SQL state of an error the schema raises itself ({@code SIGNAL SQLSTATE '45000'}). */
  private static final String SIGNALLED = "45000";

  /** The SQL state of a broken integrity constraint, a CHECK among them. */
  private static final String CONSTRAINT_VIOLATED = "23000";

  private DatabaseGuards() {}

  /** The statement is refused by a trigger of the schema, which says {@code message}. */
  public static void assertRefusedByTrigger(Statement statement, String sql, String message) {
    SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(sql));
    assertEquals(SIGNALLED, refused.getSQLState(), refused.getMessage());
    assertTrue(refused.getMessage().contains(message), refused.getMessage());
  }

  /** The statement is refused by the CHECK constraint of this name. */
  public static void assertRefusedByCheck(Statement statement, String sql, String constraint) {
    SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(sql));
    assertEquals(CONSTRAINT_VIOLATED, refused.getSQLState(), refused.getMessage());
    assertTrue(refused.getMessage().contains(constraint), refused.getMessage());
  }
}
