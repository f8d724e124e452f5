package org.incubator.it.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What the server and the database spent, read from outside them: CPU time and resident memory of a
 * process from {@code /proc}, and the statements MariaDB executed from its global status.
 */
final class ServerProbe {

  /** Linux counts CPU time in ticks of 1/100 s (USER_HZ), on every architecture we run on. */
  private static final double MILLIS_PER_TICK = 10.0;

  private final long serverPid;
  private final long databasePid;
  private final Connection database;

  ServerProbe(long serverPid, long databasePid, Connection database) {
    this.serverPid = serverPid;
    this.databasePid = databasePid;
    this.database = database;
  }

  /** Counters at one moment, to subtract from those of a later one. */
  record Sample(double serverCpuMillis, double databaseCpuMillis, long statements, long questions) {

    Sample minus(Sample earlier) {
      return new Sample(
          serverCpuMillis - earlier.serverCpuMillis,
          databaseCpuMillis - earlier.databaseCpuMillis,
          statements - earlier.statements,
          questions - earlier.questions);
    }
  }

  Sample sample() {
    Map<String, Long> status = globalStatus();
    return new Sample(
        cpuMillis(serverPid),
        cpuMillis(databasePid),
        statements(status),
        status.getOrDefault("Questions", 0L));
  }

  /** The server's resident memory now, in MB. */
  double serverRssMb() {
    return statusKb(serverPid, "VmRSS:").orElse(0) / 1024.0;
  }

  /** The most the server's resident memory ever was, in MB. */
  double serverPeakRssMb() {
    return statusKb(serverPid, "VmHWM:").orElse(0) / 1024.0;
  }

  static double cpuMillis(long pid) {
    if (pid <= 0) {
      return 0;
    }
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // After the command's name (in parentheses, may hold spaces): state is field 3, utime 14.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return ticks * MILLIS_PER_TICK;
    } catch (IOException e) {
      throw new IllegalStateException("No CPU time for process " + pid, e);
    }
  }

  private static OptionalLong statusKb(long pid, String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith(field)) {
          return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
        }
      }
      return OptionalLong.empty();
    } catch (IOException e) {
      return OptionalLong.empty();
    }
  }

  /** Data statements the database executed (SELECT, INSERT, UPDATE, DELETE), since it started. */
  private static long statements(Map<String, Long> status) {
    return status.getOrDefault("Com_select", 0L)
        + status.getOrDefault("Com_insert", 0L)
        + status.getOrDefault("Com_update", 0L)
        + status.getOrDefault("Com_delete", 0L)
        + status.getOrDefault("Com_insert_select", 0L)
        + status.getOrDefault("Com_replace", 0L);
  }

  private Map<String, Long> globalStatus() {
    Map<String, Long> values = new HashMap<>();
    try (var statement = database.createStatement();
        var rows =
            statement.executeQuery(
                "SHOW GLOBAL STATUS WHERE Variable_name IN ('Questions', 'Com_select',"
                    + " 'Com_insert', 'Com_update', 'Com_delete', 'Com_insert_select',"
                    + " 'Com_replace')")) {
      while (rows.next()) {
        values.put(rows.getString(1), rows.getLong(2));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("MariaDB's status could not be read", e);
    }
    return values;
  }

  /** The probe's own statement, counted by {@code Questions} in each {@link #sample()}. */
  static final int OWN_QUESTIONS_PER_SAMPLE = 1;
}
