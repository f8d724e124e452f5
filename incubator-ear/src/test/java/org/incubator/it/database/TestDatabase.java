package org.incubator.it.database;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives the whole-application tests a fresh, empty database before the server starts: an embedded
 * MariaDB unless {@code it.db.embedded=false} points them at an external server. Either way the
 * test database is dropped and created again, so no run depends on what a previous one left.
 */
public class TestDatabase implements LauncherSessionListener {

  private EmbeddedMariaDb embedded;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty("it.db.name") == null) {
      return;
    }
    try {
      if (Boolean.parseBoolean(System.getProperty("it.db.embedded", "true"))) {
        embedded =
            EmbeddedMariaDb.start(
                Integer.getInteger("it.db.port"), new File(System.getProperty("it.db.dir")));
      }
      recreate(System.getProperty("it.db.name"));
    } catch (Exception e) {
      throw new IllegalStateException("The test database could not be prepared", e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (embedded != null) {
      try {
        embedded.close();
      } catch (Exception e) {
        System.err.println("Embedded MariaDB did not stop cleanly: " + e.getMessage());
      }
    }
  }

  /** A connection to the tests' database, the one the server under test uses. */
  public static Connection connect() throws SQLException {
    String url =
        "jdbc:mariadb://"
            + System.getProperty("it.db.host")
            + ":"
            + System.getProperty("it.db.port")
            + "/"
            + System.getProperty("it.db.name");
    return DriverManager.getConnection(url, System.getProperty("it.db.user"), "");
  }

  private static void recreate(String name) throws SQLException {
    if (!name.matches("\\w+")) {
      throw new IllegalArgumentException("Not a database name: " + name);
    }
    String url =
        "jdbc:mariadb://"
            + System.getProperty("it.db.host")
            + ":"
            + System.getProperty("it.db.port")
            + "/";
    try (var connection = DriverManager.getConnection(url, System.getProperty("it.db.user"), "");
        var statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name);
      statement.execute(
          "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
  }
}
