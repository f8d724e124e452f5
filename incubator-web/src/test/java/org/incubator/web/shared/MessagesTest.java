package org.incubator.web.shared;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void aNameInsideASentenceIsIsolatedFromItsDirectionAndNumbersAreLeftToTheSentence() {
    Object[] shown = Messages.isolated("Youssef Tazi", 3, null);

    assertArrayEquals(new Object[] {"\u2068Youssef Tazi\u2069", 3, null}, shown);
    assertEquals(
        "عُدّة \u2068Youssef Tazi\u2069: 3",
        new MessageFormat("عُدّة {0}: {1}", Locale.ROOT).format(shown));
  }

  @Test
  void nothingToIsolateIsNothingShown() {
    assertEquals("", Labels.isolate(null));
    assertEquals("\u2068أمينة\u2069", Labels.isolate("أمينة"));
  }
}
