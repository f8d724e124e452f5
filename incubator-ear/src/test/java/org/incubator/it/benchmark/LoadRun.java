package org.incubator.it.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.incubator.it.web.FacesClient;

/**
 * Runs one scenario with every virtual user at once: each opens the page, repeats its request
 * through a warm-up, then through the measured time, while the probe reads what the server and the
 * database spent.
 */
final class LoadRun {

  /** A person at the application: one session per staff role, each signed in once. */
  static final class VirtualUser {

    private final int number;
    private final int httpPort;
    private final Map<String, FacesClient> sessions = new HashMap<>();

    VirtualUser(int number, int httpPort) {
      this.number = number;
      this.httpPort = httpPort;
    }

    synchronized FacesClient as(String role) {
      return sessions.computeIfAbsent(
          role,
          r ->
              new FacesClient(httpPort)
                  .in("fr")
                  .signIn(BenchmarkData.username(r, number), BenchmarkData.PASSWORD));
    }
  }

  /** What one scenario measured. */
  record Result(
      Scenario scenario,
      int requests,
      int errors,
      double seconds,
      double p50,
      double p95,
      double p99,
      ServerProbe.Sample spent,
      double peakRssMb,
      String firstError) {

    double throughput() {
      return requests / seconds;
    }

    double perRequest(double total) {
      return requests == 0 ? 0 : total / requests;
    }
  }

  private LoadRun() {}

  static Result run(
      Scenario scenario,
      List<VirtualUser> users,
      Duration warmUp,
      Duration measured,
      ServerProbe probe)
      throws InterruptedException {
    ExecutorService threads = Executors.newFixedThreadPool(users.size());
    try {
      AtomicReference<String> firstError = new AtomicReference<>();
      List<Future<Scenario.Request>> opened = new ArrayList<>();
      for (VirtualUser user : users) {
        opened.add(threads.submit(() -> scenario.opening().open(user.as(scenario.role()))));
      }
      List<Scenario.Request> requests = new ArrayList<>();
      int openingErrors = 0;
      for (Future<Scenario.Request> future : opened) {
        try {
          requests.add(future.get());
        } catch (java.util.concurrent.ExecutionException e) {
          openingErrors++;
          firstError.compareAndSet(null, "opening the page: " + e.getCause());
        }
      }

      long start = System.nanoTime();
      long measureFrom = start + warmUp.toNanos();
      long measureUntil = measureFrom + measured.toNanos();
      List<Future<long[]>> loops = new ArrayList<>();
      int[] errors = new int[requests.size()];
      for (int i = 0; i < requests.size(); i++) {
        Scenario.Request request = requests.get(i);
        int user = i;
        loops.add(
            threads.submit(
                () -> {
                  long[] took = new long[1024];
                  int n = 0;
                  while (true) {
                    long sent = System.nanoTime();
                    if (sent >= measureUntil) {
                      break;
                    }
                    String wrong;
                    try {
                      wrong = request.send();
                    } catch (RuntimeException e) {
                      wrong = e.toString();
                    }
                    long answered = System.nanoTime();
                    if (sent < measureFrom || answered > measureUntil) {
                      continue;
                    }
                    if (wrong != null) {
                      errors[user]++;
                      firstError.compareAndSet(null, wrong);
                    }
                    if (n == took.length) {
                      took = Arrays.copyOf(took, n * 2);
                    }
                    took[n++] = answered - sent;
                  }
                  return Arrays.copyOf(took, n);
                }));
      }

      sleepUntil(measureFrom);
      ServerProbe.Sample before = probe.sample();
      double peakRss = probe.serverRssMb();
      while (System.nanoTime() < measureUntil) {
        Thread.sleep(200);
        peakRss = Math.max(peakRss, probe.serverRssMb());
      }
      ServerProbe.Sample after = probe.sample();

      List<Long> all = new ArrayList<>();
      for (Future<long[]> loop : loops) {
        try {
          for (long took : loop.get()) {
            all.add(took);
          }
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException("A virtual user's loop broke", e.getCause());
        }
      }
      long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
      int errorCount = openingErrors + Arrays.stream(errors).sum();
      ServerProbe.Sample spent =
          after.minus(before).withoutStatements(ServerProbe.OWN_QUESTIONS_PER_SAMPLE);
      return new Result(
          scenario,
          sorted.length,
          errorCount,
          measured.toNanos() / 1e9,
          percentile(sorted, 50),
          percentile(sorted, 95),
          percentile(sorted, 99),
          spent,
          peakRss,
          firstError.get());
    } finally {
      threads.shutdownNow();
    }
  }

  private static double percentile(long[] sorted, int percent) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long left;
    while ((left = nanoTime - System.nanoTime()) > 0) {
      Thread.sleep(Math.max(1, left / 1_000_000));
    }
  }
}
