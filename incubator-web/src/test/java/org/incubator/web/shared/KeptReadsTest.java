package org.incubator.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.component.UIViewAction;
import jakarta.faces.component.html.HtmlCommandButton;
import jakarta.faces.event.ActionEvent;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class KeptReadsTest {

  private final KeptReads reads = new KeptReads();
  private final AtomicLong counted = new AtomicLong();

  private long count(Class<?> list, Object filter, long rows) {
    return reads.count(
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
  void aNameIsReadOnceAndKeptApartFromACountOfTheSameKey() {
    count(String.class, "mentor", 5);
    assertEquals("Mentor One", reads.of(Integer.class, "mentor", () -> "Mentor One"));
    assertEquals("Mentor One", reads.of(Integer.class, "mentor", () -> "read again"));
    assertEquals(5, count(String.class, "mentor", 6));
    assertEquals(1, counted.get());
  }

  @Test
  void aCommandForgetsWhatWasKeptSoWhatWasJustSavedIsReadAgain() {
    count(String.class, "", 60);
    reads.forget();
    assertEquals(61, count(String.class, "", 61));
    assertEquals(2, counted.get());
  }

  @Test
  void openingAPageIsNotACommandButAButtonIs() {
    assertFalse(
        RereadAfterCommands.isCommand(new ActionEvent(new UIViewAction())),
        "a list page's view action would otherwise count the list at every visit");
    assertTrue(RereadAfterCommands.isCommand(new ActionEvent(new HtmlCommandButton())));
  }
}
