package org.incubator.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ListCountsTest {

  private final ListCounts counts = new ListCounts();
  private final AtomicLong counted = new AtomicLong();

  private long count(Class<?> list, Object filter, long rows) {
    return counts.of(
        list,
        filter,
        () -> {
          counted.incrementAndGet();
          return rows;
        });
  }

  @Test
  void aListIsCountedOncePerFilterWhileTheCountIsKept() {
    assertEquals(100_000, count(String.class, "", 100_000));
    assertEquals(100_000, count(String.class, "", 100_001));
    assertEquals(1, counted.get(), "the second page or visit reads the kept count");

    assertEquals(40, count(String.class, "CASABLANCA", 40));
    assertEquals(7, count(Integer.class, "", 7));
    assertEquals(3, counted.get(), "another filter or another list is counted apart");
  }

  @Test
  void aCommandForgetsTheCountsSoWhatWasJustSavedIsCounted() {
    count(String.class, "", 60);
    counts.forget();
    assertEquals(61, count(String.class, "", 61));
    assertEquals(2, counted.get());
  }
}
