package org.incubator.it.benchmark;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.incubator.it.database.EmbeddedMariaDb;

/**
 * The load benchmark of issue 11 ("Lists at national scale"), run by {@code mvn -Pbenchmark -pl
 * incubator-ear -am verify}: a MariaDB of its own on a fresh data directory, the provisioned
 * WildFly with the EAR and demo data on its own ports, the data at national scale written by bulk
 * SQL, then every list page driven by virtual users through real sign-ins, view states and
 * PrimeFaces AJAX requests. Prints the report and writes it to {@code target/benchmark/report.md}.
 * Fails only when the harness itself cannot run; a missed target is reported, not thrown.
 */
public final class Benchmark {

  private static final Pattern STARTED = Pattern.compile("WFLYSRV0025: .*(started in \\d+ms)");

  /**
   * The light page is measured again after every few scenarios, each compared with the mean of the
   * two around it: its cost moved by a third between measurements eight scenarios apart.
   */
  private static final int LIGHT_PAGE_EVERY = 4;

  /** The light page's cost from one warm-up round to the next under which the JIT still works. */
  private static final double WARM_ENOUGH = 0.95;

  /** The JIT compilers' share of the server's CPU (%) over which the server still warms up. */
  static final double STILL_COMPILING = 3.0;

  /**
   * The server's JVM: a heap well above the live data (about 80 MB after a full GC under load); the
   * serial collector, whose own structures take under 1 MB where G1's took 48 MB (remembered sets
   * and marking bitmaps, for a heap this size), and whose whole run peaked at 616 MB (632 MB with
   * Native Memory Tracking on) where the parallel one's reached 720 MB; the native heap trimmed
   * every 5 s, which hands back to the system what the JIT's compilers freed (up to 40 MB at a time
   * while they compile); and two malloc arenas instead of glibc's eight per core (below), which
   * held RSS near 900 MB for no data. Another set: {@code -Dbenchmark.server-java-opts}.
   */
  static final String SERVER_JAVA_OPTS =
      Optional.ofNullable(System.getProperty("benchmark.server-java-opts"))
          .filter(opts -> !opts.isBlank())
          .orElse(
              "-Xms256m -Xmx256m -XX:+UseSerialGC -XX:MetaspaceSize=96M"
                  + " -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=128m"
                  + " -XX:TrimNativeHeapInterval=5000");

  private final int holders = Integer.getInteger("benchmark.holders", 10_000);
  private final int users = Integer.getInteger("benchmark.users", 10);
  private final int cohorts = Integer.getInteger("benchmark.cohorts", 500);
  private final Duration warmUp = Duration.ofSeconds(Integer.getInteger("benchmark.warmup", 3));
  private final Duration measured = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 10));
  private final Duration jvmWarmUp =
      Duration.ofSeconds(Integer.getInteger("benchmark.jvm-warmup", 300));
  private final int portOffset = Integer.getInteger("benchmark.port-offset", 300);
  private final int databasePort = Integer.getInteger("benchmark.db.port", 3319);
  private final Path dir = Path.of(System.getProperty("benchmark.dir", "target/benchmark"));
  private final Path server = Path.of(System.getProperty("benchmark.server", "target/server"));
  private final Path ear = Path.of(System.getProperty("benchmark.ear", "target/incubator.ear"));
  private final String provinceCode = System.getProperty("benchmark.province", "CASABLANCA");

  /** Only the pages whose report name matches (a regular expression), for working on a few. */
  private final Pattern pages = Pattern.compile(System.getProperty("benchmark.pages", ".*"));

  private Process wildfly;
  private EmbeddedMariaDb mariaDb;

  public static void main(String[] args) throws Exception {
    Benchmark benchmark = new Benchmark();
    Runtime.getRuntime().addShutdownHook(new Thread(benchmark::stop));
    try {
      benchmark.run();
    } finally {
      benchmark.stop();
    }
  }

  private void run() throws Exception {
    int httpPort = 8080 + portOffset;
    prepareDirectory();
    log("MariaDB on port %d, data in %s", databasePort, dir.resolve("mariadb"));
    mariaDb = EmbeddedMariaDb.start(databasePort, dir.resolve("mariadb").toFile());
    mariaDb.createDatabase("incubator");
    long databasePid = processWith("mariadbd", "--port=" + databasePort);

    long bootStart = System.nanoTime();
    wildfly = startServer();
    waitUntilAnswering(httpPort);
    Duration boot = Duration.ofNanos(System.nanoTime() - bootStart);
    String started = serverStarted();
    long serverPid = processWith("jboss-modules.jar", "jboss.server.base.dir=" + base());
    log("WildFly (pid %d) answered after %.1f s: %s", serverPid, boot.toMillis() / 1000.0, started);

    String url = "jdbc:mariadb://127.0.0.1:" + databasePort + "/incubator";
    try (Connection connection = DriverManager.getConnection(url, "root", "")) {
      waitForDemoImport(connection);
      log("Seeding %,d holders…", holders);
      BenchmarkData.Seeded data = BenchmarkData.seed(connection, holders, users, cohorts);
      log(
          "Seeded %,d holders, %,d applications, %,d grant requests, %,d cohorts in training with"
              + " %,d sessions and %,d marks, %,d coaching sessions and %,d actions in %.1f s",
          data.holders(),
          data.applications(),
          data.grantRequests(),
          data.training().cohorts(),
          data.training().sessions(),
          data.training().marks(),
          data.training().coachingSessions(),
          data.training().actionItems(),
          data.took().toMillis() / 1000.0);

      // what a production server does at each restart: boot on its existing data
      log("Restarting WildFly on the seeded database…");
      stopServer();
      long restartStart = System.nanoTime();
      wildfly = startServer();
      waitUntilAnswering(httpPort);
      Duration restart = Duration.ofNanos(System.nanoTime() - restartStart);
      serverPid = processWith("jboss-modules.jar", "jboss.server.base.dir=" + base());
      log("WildFly (pid %d) answered again after %.1f s", serverPid, restart.toMillis() / 1000.0);

      ServerProbe probe = new ServerProbe(serverPid, databasePid, connection);
      List<LoadRun.VirtualUser> people = new ArrayList<>();
      for (int n = 1; n <= users; n++) {
        people.add(new LoadRun.VirtualUser(n, httpPort));
      }
      log("Warming the server's JIT up for %d s (not measured)…", jvmWarmUp.toSeconds());
      List<Scenario> scenarios =
          Scenarios.all(data, provinceCode).stream()
              .filter(s -> s.kind() == Scenario.Kind.LIGHT || pages.matcher(s.page()).matches())
              .toList();
      // every request through the JIT, round after round, before anything is measured: C2 goes
      // on compiling for minutes (a light page cost 9 ms of CPU after 7,000 requests, 2 ms after
      // 30,000), and a scenario measured early would pay for what later ones reuse. After the
      // time asked, rounds go on while the light page still gets cheaper (by more than
      // WARM_ENOUGH) or the JIT's compilers still take more than STILL_COMPILING % of the
      // server's CPU, up to three times that time.
      long warmingFrom = System.nanoTime();
      long warmUntil = warmingFrom + jvmWarmUp.toNanos();
      long warmAtMost = warmingFrom + 3 * jvmWarmUp.toNanos();
      int rounds = 0;
      double lightBefore = Double.MAX_VALUE;
      double light = Double.MAX_VALUE;
      double compiling;
      do {
        lightBefore = light;
        ServerProbe.Sample roundStart = probe.sample();
        for (Scenario scenario : scenarios) {
          LoadRun.Result round =
              LoadRun.run(scenario, people, Duration.ZERO, Duration.ofSeconds(3), probe);
          if (scenario.kind() == Scenario.Kind.LIGHT) {
            light = round.perRequest(round.spent().serverCpuMillis());
          }
        }
        compiling = probe.sample().minus(roundStart).compilerShare();
        rounds++;
        log(
            "Warm-up round %d: the light page costs %.2f ms of CPU; the JIT took %.1f %% of the"
                + " server's",
            rounds, light, compiling);
      } while (System.nanoTime() < warmUntil
          || ((light < lightBefore * WARM_ENOUGH || compiling > STILL_COMPILING)
              && System.nanoTime() < warmAtMost));
      log("%d rounds of every scenario passed", rounds);
      // the light page again every few lists and at the end: each list is compared with the ones
      // on each side of it, and the report shows how far the server's cost drifted through the run
      List<Scenario> measuredOnes = new ArrayList<>();
      for (int i = 0; i < scenarios.size(); i++) {
        if (i > 0 && i % LIGHT_PAGE_EVERY == 0) {
          measuredOnes.add(Scenarios.lightPageAgain());
        }
        measuredOnes.add(scenarios.get(i));
      }
      measuredOnes.add(Scenarios.lightPageAgain());
      scenarios = measuredOnes;
      List<LoadRun.Result> results = new ArrayList<>();
      for (Scenario scenario : scenarios) {
        LoadRun.Result result = LoadRun.run(scenario, people, warmUp, measured, probe);
        results.add(result);
        log(
            "%-18s %-34s %6d req %3d err %7.0f req/s p95 %6.1f ms %5.1f SQL/req %5.2f ms CPU/req"
                + " (JIT %.1f %%), client %.2f, else %.2f ms/req, %.0f %% idle",
            scenario.page(),
            scenario.action(),
            result.requests(),
            result.errors(),
            result.throughput(),
            result.p95(),
            result.perRequest(result.spent().statements()),
            result.perRequest(result.spent().serverCpuMillis()),
            result.spent().compilerShare(),
            result.perRequest(result.spent().clientCpuMillis()),
            result.perRequest(result.spent().elseCpuMillis()),
            result.spent().idleShare());
      }
      String report =
          Report.markdown(
              new Report.Setting(data, users, warmUp, measured, boot, started, restart),
              results,
              probe.serverPeakRssMb());
      Files.writeString(dir.resolve("report.md"), report, StandardCharsets.UTF_8);
      System.out.println();
      System.out.println(report);
      log("Report written to %s", dir.resolve("report.md").toAbsolutePath());
    }
  }

  private void prepareDirectory() throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> old = Files.walk(dir)) {
        old.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
    Path configuration = base().resolve("configuration");
    Files.createDirectories(configuration);
    Files.createDirectories(base().resolve("deployments"));
    try (Stream<Path> files = Files.list(server.resolve("standalone/configuration"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, configuration.resolve(file.getFileName()));
      }
    }
    Files.copy(
        ear, base().resolve("deployments/incubator.ear"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** The benchmark's own server base directory: its configuration, deployment, data and log. */
  private Path base() {
    return dir.resolve("standalone").toAbsolutePath();
  }

  private Process startServer() throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
            server.resolve("bin/standalone.sh").toAbsolutePath().toString(),
            "-Djboss.server.base.dir=" + base(),
            "-Djboss.socket.binding.port-offset=" + portOffset,
            "-Dincubator.db.url=jdbc:mariadb://127.0.0.1:" + databasePort + "/incubator",
            "-Dincubator.db.user=root",
            "-Dincubator.demo-data=true",
            "-Dincubator.second-factor=off",
            "-Dincubator.documents.dir=" + dir.resolve("documents").toAbsolutePath());
    builder
        .environment()
        .put(
            "JAVA_OPTS",
            SERVER_JAVA_OPTS
                + " -Djava.net.preferIPv4Stack=true -Djboss.modules.system.pkgs=org.jboss.byteman"
                + " -Djava.awt.headless=true");
    builder.environment().put("MALLOC_ARENA_MAX", "2");
    builder.environment().put("JBOSS_HOME", server.toAbsolutePath().toString());
    builder.environment().remove("INCUBATOR_DB_URL");
    builder.redirectErrorStream(true);
    builder.redirectOutput(dir.resolve("server-console.log").toFile());
    log(
        "Starting WildFly from %s, ports +%d, log in %s",
        server, portOffset, base().resolve("log"));
    return builder.start();
  }

  private void waitUntilAnswering(int httpPort) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI login = URI.create("http://127.0.0.1:" + httpPort + "/incubator/login.xhtml");
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (System.nanoTime() < deadline) {
      if (!wildfly.isAlive()) {
        throw new IllegalStateException(
            "WildFly stopped while starting: see " + dir.resolve("server-console.log"));
      }
      try {
        var answer =
            http.send(
                HttpRequest.newBuilder(login).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("The application did not answer within 5 minutes");
  }

  /** The server's own boot figure ("started in … ms"), from its log. */
  private String serverStarted() {
    try {
      Path log = base().resolve("log/server.log");
      for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
        Matcher started = STARTED.matcher(line);
        if (started.find()) {
          return "server log: " + started.group(1);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "no WFLYSRV0025 line in server.log";
  }

  /** The demo's import of paper applications runs in the background: let it finish first. */
  private static void waitForDemoImport(Connection connection)
      throws SQLException, InterruptedException {
    for (int i = 0; i < 600; i++) {
      try (var statement = connection.createStatement();
          var rows =
              statement.executeQuery(
                  "SELECT COUNT(*) FROM import_report WHERE state = 'RUNNING'")) {
        rows.next();
        if (rows.getInt(1) == 0) {
          return;
        }
      }
      Thread.sleep(100);
    }
  }

  /** The id of the process whose command line holds all these parts, once it runs. */
  private static long processWith(String... parts) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      Optional<Long> found = runningWith(parts);
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("No process with " + List.of(parts));
  }

  /** The id of a running process whose command line holds all these parts. */
  static Optional<Long> runningWith(String... parts) {
    return ProcessHandle.allProcesses()
        .map(ProcessHandle::pid)
        .filter(pid -> Stream.of(parts).allMatch(commandLine(pid)::contains))
        .findFirst();
  }

  private static String commandLine(long pid) {
    try {
      return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")))
          .replace('\0', ' ');
    } catch (IOException e) {
      return "";
    }
  }

  private synchronized void stop() {
    stopServer();
    if (mariaDb != null) {
      try {
        mariaDb.close();
      } catch (Exception e) {
        System.err.println("Embedded MariaDB did not stop cleanly: " + e.getMessage());
      }
      mariaDb = null;
    }
  }

  private synchronized void stopServer() {
    if (wildfly != null) {
      List<ProcessHandle> all = new ArrayList<>(wildfly.descendants().toList());
      all.forEach(ProcessHandle::destroy);
      wildfly.destroy();
      for (ProcessHandle p : all) {
        p.onExit().completeOnTimeout(p, 30, java.util.concurrent.TimeUnit.SECONDS).join();
        p.destroyForcibly();
      }
      wildfly.destroyForcibly();
      wildfly.onExit().join();
      wildfly = null;
    }
  }

  private static void log(String format, Object... args) {
    System.out.printf("[benchmark] " + format + "%n", args);
  }
}
