package org.incubator.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AttemptLedgerTest {

  private static final Instant NINE = Instant.parse("2026-12-05T09:00:00Z");

  private final AttemptLedger accounts = new AttemptLedger(5, Duration.ofMinutes(15), 1000);

  private void fail(String key, int times, Instant at) {
    for (int i = 0; i < times; i++) {
      accounts.failed(key, at);
    }
  }

  @Test
  void aFewTyposCostNothing() {
    fail("salma", 4, NINE);
    assertEquals(Duration.ZERO, accounts.waitFor("salma", NINE));
  }

  @Test
  void theDelayDoublesWithEachFailureBeyondTheFreeOnes() {
    fail("admin", 5, NINE);
    assertEquals(Duration.ofSeconds(1), accounts.waitFor("admin", NINE));
    fail("admin", 1, NINE);
    assertEquals(Duration.ofSeconds(2), accounts.waitFor("admin", NINE));
    fail("admin", 6, NINE);
    assertEquals(12, accounts.failures("admin", NINE));
    assertEquals(
        Duration.ofSeconds(128),
        accounts.waitFor("admin", NINE),
        "after 12 wrong passwords the right one does not get straight in");
  }

  @Test
  void theDelayStopsGrowingAtItsLongest() {
    fail("admin", 40, NINE);
    assertEquals(Duration.ofMinutes(15), accounts.waitFor("admin", NINE));
  }

  @Test
  void onceTheDelayHasPassedTheNextAttemptIsHeard() {
    fail("admin", 12, NINE);
    assertEquals(Duration.ofSeconds(28), accounts.waitFor("admin", NINE.plusSeconds(100)));
    assertEquals(Duration.ZERO, accounts.waitFor("admin", NINE.plusSeconds(128)));
  }

  @Test
  void anHourWithoutFailureForgetsThem() {
    fail("admin", 12, NINE);
    Instant later = NINE.plus(Duration.ofHours(1)).plusSeconds(1);
    assertEquals(0, accounts.failures("admin", later));
    accounts.failed("admin", later);
    assertEquals(1, accounts.failures("admin", later));
  }

  @Test
  void oneKeysFailuresDoNotDelayAnother() {
    fail("admin", 12, NINE);
    assertEquals(Duration.ZERO, accounts.waitFor("treasurer", NINE));
  }

  @Test
  void memoryStaysBoundedWhateverTheNumberOfKeys() {
    var small = new AttemptLedger(5, Duration.ofMinutes(15), 100);
    for (int i = 0; i < 10_000; i++) {
      small.failed("guess" + i, NINE);
    }
    int kept = 0;
    for (int i = 0; i < 10_000; i++) {
      kept += small.failures("guess" + i, NINE) > 0 ? 1 : 0;
    }
    assertTrue(kept <= 100, kept + " keys kept");
    assertEquals(1, small.failures("guess9999", NINE));
  }
}
