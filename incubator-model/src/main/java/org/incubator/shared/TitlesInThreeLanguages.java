package org.incubator.shared;

import java.io.Serializable;

/**
 * A name given in Arabic, French and English, each required: a curriculum, a kit is read in the
 * three languages of the programme.
 */
public record TitlesInThreeLanguages(String arabic, String french, String english)
    implements Serializable {

  public TitlesInThreeLanguages {
    arabic = arabic == null ? "" : arabic.strip();
    french = french == null ? "" : french.strip();
    english = english == null ? "" : english.strip();
  }

  /**
   * Refuses a missing or too long name on its field ({@code prefix} + {@code Ar}, {@code Fr} or
   * {@code En}).
   */
  public void check(int maxLength, String prefix) {
    check(arabic, prefix + "Ar", maxLength);
    check(french, prefix + "Fr", maxLength);
    check(english, prefix + "En", maxLength);
  }

  private static void check(String name, String field, int maxLength) {
    if (name.isEmpty()) {
      throw IncubatorException.onField(field, "field.required");
    }
    if (name.length() > maxLength) {
      throw IncubatorException.onField(field, "field.maxLength", maxLength);
    }
  }
}
