package org.incubator.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed attempts per key (an account, or a client address), and how long the next attempt must
 * wait: nothing for the first {@code free} failures, then a delay that doubles with each failure,
 * up to {@code longest}. It never locks anyone out for good: once the delay has passed, the next
 * attempt is heard, and an hour without failure forgets them. Bounded in memory: the oldest keys go
 * first when {@code capacity} is reached.
 */
public final class AttemptLedger {

  static final Duration FORGET_AFTER = Duration.ofHours(1);

  private final int free;
  private final Duration longest;
  private final int capacity;
  private final Map<String, Failures> byKey = new ConcurrentHashMap<>();

  private record Failures(int count, Instant last) {}

  public AttemptLedger(int free, Duration longest, int capacity) {
    this.free = free;
    this.longest = longest;
    this.capacity = capacity;
  }

  /** How long before an attempt for this key is heard again; zero when it may go now. */
  public Duration waitFor(String key, Instant now) {
    Failures failures = current(key, now);
    if (failures == null || failures.count() < free) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(now, failures.last().plus(delayAfter(failures.count())));
    return left.isNegative() ? Duration.ZERO : left;
  }

  /**
   * The delay after {@code count} failures: 1 s after the first one beyond the free ones, doubling.
   */
  Duration delayAfter(int count) {
    if (count < free) {
      return Duration.ZERO;
    }
    int doublings = Math.min(count - free, 30);
    Duration delay = Duration.ofSeconds(1L << doublings);
    return delay.compareTo(longest) > 0 ? longest : delay;
  }

  public void failed(String key, Instant now) {
    if (byKey.size() >= capacity) {
      forgetOld(now);
    }
    byKey.compute(
        key, (k, old) -> new Failures(old == null || expired(old, now) ? 1 : old.count() + 1, now));
  }

  public void forget(String key) {
    byKey.remove(key);
  }

  public int failures(String key, Instant now) {
    Failures failures = current(key, now);
    return failures == null ? 0 : failures.count();
  }

  private Failures current(String key, Instant now) {
    Failures failures = byKey.get(key);
    return failures == null || expired(failures, now) ? null : failures;
  }

  private static boolean expired(Failures failures, Instant now) {
    return failures.last().plus(FORGET_AFTER).isBefore(now);
  }

  private void forgetOld(Instant now) {
    byKey.values().removeIf(f -> expired(f, now));
    Iterator<String> oldest = byKey.keySet().iterator();
    while (byKey.size() >= capacity && oldest.hasNext()) {
      oldest.next();
      oldest.remove();
    }
  }
}
