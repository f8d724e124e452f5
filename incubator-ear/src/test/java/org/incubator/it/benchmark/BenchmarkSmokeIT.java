package org.incubator.it.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.incubator.it.database.TestDatabase;
import org.incubator.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The load benchmark's harness, briefly, in the test command: the bulk data is written into the
 * tests' database (a few holders, its own call, CINs and accounts, one cohort trained), two users
 * sign in and load the light page, the register's page and its AJAX paging for two seconds each,
 * and the report is written. The full benchmark runs with {@code -Pbenchmark}.
 */
@ExtendWith(ArquillianExtension.class)
class BenchmarkSmokeIT {

  private static final int USERS = 2;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @Test
  void theHarnessSeedsLoadsMeasuresAndReports() throws Exception {
    try (var connection = TestDatabase.connect()) {
      BenchmarkData.Seeded data = BenchmarkData.seed(connection, 100, USERS, 1);
      assertEquals(30, data.grantRequests());
      assertEquals(1000, data.training().marks(), "one cohort of 25, 40 sessions held");
      assertEquals(100, data.training().kitUnits(), "two machines each, as many on the shelves");

      long server = Benchmark.runningWith("jboss-modules.jar", "port-offset=100").orElse(0L);
      long database =
          Benchmark.runningWith("mariadbd", "--port=" + System.getProperty("it.db.port"))
              .orElse(0L);
      ServerProbe probe = new ServerProbe(server, database, connection);
      int port = Integer.parseInt(System.getProperty("it.http.port", "8180"));
      List<LoadRun.VirtualUser> users = new ArrayList<>();
      for (int n = 1; n <= USERS; n++) {
        users.add(new LoadRun.VirtualUser(n, port));
      }
      List<LoadRun.Result> results = new ArrayList<>();
      for (Scenario scenario : Scenarios.smoke()) {
        LoadRun.Result result =
            LoadRun.run(scenario, users, Duration.ofSeconds(1), Duration.ofSeconds(2), probe);
        assertTrue(result.requests() > 0, scenario.action() + ": no request measured");
        assertEquals(0, result.errors(), scenario.action() + ": " + result.firstError());
        results.add(result);
      }

      String report =
          Report.markdown(
              new Report.Setting(
                  data,
                  USERS,
                  Duration.ofSeconds(1),
                  Duration.ofSeconds(2),
                  Duration.ZERO,
                  "—",
                  Duration.ZERO),
              results,
              probe.serverPeakRssMb());
      assertTrue(report.contains("| register | AJAX last page |"), report);
      LoadRun.Result opening = results.get(1);
      // the list's ids and its rows; the count and the person's name are read once and kept
      assertTrue(
          opening.perRequest(opening.spent().statements()) < 2.5,
          "SQL statements per full GET of the register: " + report);
      LoadRun.Result paging = results.get(2);
      // a page only reads: no transaction of its own, whose autocommit switches and commit were
      // three more statements than its two
      assertTrue(
          paging.perRequest(paging.spent().questions()) < 2.5,
          "Statements sent per AJAX page of the register: " + report);
      assertTrue(report.contains("## Targets"), report);
      // a server deployed minutes ago still compiles: the JIT's threads are found and read
      assertTrue(
          results.stream().mapToDouble(r -> r.spent().compilerCpuMillis()).sum() > 0,
          "No CPU read for the server's JIT compiler threads: " + report);
    }
  }
}
