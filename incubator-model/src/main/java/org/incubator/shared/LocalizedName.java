package org.incubator.shared;

import java.util.Locale;

/**
 * Picks the name of reference data in the user's language: Arabic, French, or English otherwise.
 */
public final class LocalizedName {

  private LocalizedName() {}

  public static String pick(Locale locale, String arabic, String french, String english) {
    return switch (locale == null ? "en" : locale.getLanguage()) {
      case "ar" -> arabic;
      case "fr" -> french;
      default -> english;
    };
  }

  /** The name attribute of reference data for a language: {@code nameAr}, {@code nameFr}… */
  public static String attributeFor(Locale locale) {
    return pick(locale, "nameAr", "nameFr", "nameEn");
  }

  /** The name column of reference data for a language: {@code name_ar}, {@code name_fr}… */
  public static String columnFor(Locale locale) {
    return pick(locale, "name_ar", "name_fr", "name_en");
  }
}
