package org.incubator.shared;

import java.util.Locale;

/**
 * Patterns for SQL's LIKE that match what a person typed as itself: its wildcards are escaped with
 * the backslash, MariaDB's escape for LIKE.
 */
public final class Like {

  private Like() {}

  /** Whatever starts with the text. */
  public static String startingWith(String text) {
    return escaped(text) + "%";
  }

  /**
   * Whatever has a word (after a space) starting with the text, lower-cased: with {@link
   * #startingWith} on the same text, a name found by the start of any of its words.
   */
  public static String wordStartingWith(String text) {
    return "% " + escaped(text) + "%";
  }

  /** What a person typed to find a name: trimmed and lower-cased, nothing for nothing typed. */
  public static String typed(String text) {
    return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
  }

  private static String escaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
