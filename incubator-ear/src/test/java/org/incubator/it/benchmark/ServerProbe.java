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
 * process from {@code /proc}, and the statements MariaDB executed from its global status; and what
 * the load client (this process) and the whole machine spent meanwhile, to see what else took the
 * cores the server shares with them.
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

  /**
   * Counters at one moment, to subtract from those of a later one. {@code compilerCpuMillis} is the
   * part of the server's CPU its JIT compilers spent: a server still compiling pays for it in every
   * request measured meanwhile. {@code machineBusyMillis} is every core's time not idle (the
   * hypervisor's steal included), {@code machineMillis} every core's time.
   */
  record Sample(
      double serverCpuMillis,
      double compilerCpuMillis,
      double databaseCpuMillis,
      double clientCpuMillis,
      double machineBusyMillis,
      double machineMillis,
      long statements,
      long questions) {

    Sample minus(Sample earlier) {
      return new Sample(
          serverCpuMillis - earlier.serverCpuMillis,
          compilerCpuMillis - earlier.compilerCpuMillis,
          databaseCpuMillis - earlier.databaseCpuMillis,
          clientCpuMillis - earlier.clientCpuMillis,
          machineBusyMillis - earlier.machineBusyMillis,
          machineMillis - earlier.machineMillis,
          statements - earlier.statements,
          questions - earlier.questions);
    }

    /** The same counters, with the probe's own statements taken away. */
    Sample withoutStatements(long probesQuestions) {
      return new Sample(
          serverCpuMillis,
          compilerCpuMillis,
          databaseCpuMillis,
          clientCpuMillis,
          machineBusyMillis,
          machineMillis,
          statements,
          questions - probesQuestions);
    }

    /**
     * CPU the machine spent beyond the server, the database and the load client: other processes,
     * the kernel's own threads, the hypervisor's steal.
     */
    double elseCpuMillis() {
      return Math.max(0, machineBusyMillis - serverCpuMillis - databaseCpuMillis - clientCpuMillis);
    }

    /** The share of the machine's cores left idle, in percent. */
    double idleShare() {
      return machineMillis <= 0 ? 0 : 100 * (machineMillis - machineBusyMillis) / machineMillis;
    }

    /** The JIT's share of the server's CPU, in percent. */
    double compilerShare() {
      return serverCpuMillis <= 0 ? 0 : 100 * compilerCpuMillis / serverCpuMillis;
    }
  }

  Sample sample() {
    Map<String, Long> status = globalStatus();
    double[] machine = machineMillis();
    return new Sample(
        cpuMillis(serverPid),
        compilerCpuMillis(serverPid),
        cpuMillis(databasePid),
        cpuMillis(ProcessHandle.current().pid()),
        machine[0],
        machine[1],
        statements(status),
        status.getOrDefault("Questions", 0L));
  }

  /**
   * Every core's busy time and whole time since boot, from the first line of {@code /proc/stat}
   * (user, nice, system, idle, iowait, irq, softirq, steal; guest time is inside user).
   */
  static double[] machineMillis() {
    try {
      String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long busy = 0;
      long all = 0;
      for (int i = 1; i <= 8 && i < fields.length; i++) {
        long ticks = Long.parseLong(fields[i]);
        all += ticks;
        if (i != 4 && i != 5) {
          busy += ticks;
        }
      }
      return new double[] {busy * MILLIS_PER_TICK, all * MILLIS_PER_TICK};
    } catch (IOException e) {
      return new double[] {0, 0};
    }
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
      return cpuMillis(Path.of("/proc", Long.toString(pid), "stat"));
    } catch (IOException e) {
      throw new IllegalStateException("No CPU time for process " + pid, e);
    }
  }

  /**
   * CPU time of the JVM's JIT compiler threads ("C1 CompilerThread0", "C2 CompilerThread1"…; Linux
   * keeps 15 characters of a thread's name). A compiler thread the JVM stopped takes its time away.
   */
  static double compilerCpuMillis(long pid) {
    Path tasks = Path.of("/proc", Long.toString(pid), "task");
    double millis = 0;
    try (var threads = Files.list(tasks)) {
      for (Path thread : threads.toList()) {
        try {
          if (Files.readString(thread.resolve("comm")).strip().matches("C[12] CompilerThre.*")) {
            millis += cpuMillis(thread.resolve("stat"));
          }
        } catch (IOException ended) {
          // the thread ended between the listing and the reading
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return millis;
  }

  private static double cpuMillis(Path stat) throws IOException {
    String line = Files.readString(stat);
    // After the command's name (in parentheses, may hold spaces): state is field 3, utime 14.
    String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    return ticks * MILLIS_PER_TICK;
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
