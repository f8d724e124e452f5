package org.incubator.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else runs: the versioned scripts in {@code
 * db/migration} are the only way the schema changes. The database may still be starting (the run
 * command starts the embedded one beside the server), so it is awaited for a while.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());
  private static final Duration PATIENCE = Duration.ofSeconds(120);

  @Resource(lookup = "java:jboss/datasources/IncubatorDS")
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    awaitDatabase();
    Flyway flyway =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .failOnMissingLocations(true)
            .load();
    int applied = flyway.migrate().migrationsExecuted;
    LOG.info(
        () ->
            "Schema at version "
                + flyway.info().current().getVersion()
                + " ("
                + applied
                + " migration(s) applied now)");
  }

  private void awaitDatabase() {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (true) {
      try (var connection = dataSource.getConnection()) {
        return;
      } catch (SQLException e) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("The database did not answer within " + PATIENCE, e);
        }
        LOG.info("Waiting for the database: " + e.getMessage());
        sleep();
      }
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the database", e);
    }
  }
}
