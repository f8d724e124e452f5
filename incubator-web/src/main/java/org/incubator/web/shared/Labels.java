package org.incubator.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.incubator.shared.CentreTime;
import org.incubator.shared.Money;

/**
 * Text for values in the user's language: enum constants ({@code Enum.VALUE} keys), amounts in MAD
 * and dates. Enum options are sorted by their label, as a reader scans them.
 */
@Named
@RequestScoped
public class Labels {

  private static final ZoneId CENTRE_ZONE = CentreTime.ZONE;

  @Inject private LocaleSelection localeSelection;

  /**
   * Text of a person's own (a name, a file's name, what someone typed) set inside a sentence of the
   * application: isolated between U+2068 and U+2069, the plain-text {@code <bdi>}, so that a French
   * name in an Arabic sentence, or an Arabic one in a French sentence, keeps its own direction and
   * leaves the sentence's order alone.
   */
  public String isolated(Object text) {
    return isolate(text);
  }

  public static String isolate(Object text) {
    return text == null ? "" : "\u2068" + text + "\u2069";
  }

  public String of(Enum<?> value) {
    return value == null
        ? ""
        : Messages.text(
            localeSelection.getLocale(),
            value.getDeclaringClass().getSimpleName() + "." + value.name());
  }

  /**
   * A sentence of the bundle with two values set in it, for a list's row: written as text, where an
   * {@code h:outputFormat} would be three components built again for every page of the list.
   */
  public String sentence(String key, Object first, Object second) {
    return Messages.text(localeSelection.getLocale(), key, first, second);
  }

  public List<SelectItem> options(String enumClass) {
    try {
      Class<?> type = Class.forName(enumClass);
      return Arrays.stream(type.getEnumConstants())
          .map(constant -> new SelectItem(constant, of((Enum<?>) constant)))
          .sorted(Comparator.comparing(SelectItem::getLabel))
          .toList();
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("No such enum: " + enumClass, e);
    }
  }

  public String money(Money money) {
    return money(localeSelection.getLocale(), money);
  }

  /** An amount in MAD as {@code locale} writes it, for text made outside a page (letters). */
  public static String money(Locale locale, Money money) {
    if (money == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(numbersLocale(locale));
    format.setMinimumFractionDigits(Money.SCALE);
    format.setMaximumFractionDigits(Money.SCALE);
    return format.format(money.getAmount()) + " " + Messages.text(locale, "money.currency");
  }

  /** A day written out in full (“14 mars 2027”), for letters. */
  public static String longDate(Locale locale, Instant instant) {
    return withoutDirectionMarks(
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(numbersLocale(locale))
            .format(instant.atZone(CENTRE_ZONE)));
  }

  public String dateTime(Instant instant) {
    return instant == null
        ? ""
        : withoutDirectionMarks(
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(numbersLocale())
                .format(instant.atZone(CENTRE_ZONE)));
  }

  public String date(java.time.LocalDate date) {
    return date == null
        ? ""
        : withoutDirectionMarks(
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(numbersLocale())
                .format(date));
  }

  /** The day, in the centre's time zone, something happened. */
  public String dayOf(Instant instant) {
    return instant == null ? "" : date(instant.atZone(CENTRE_ZONE).toLocalDate());
  }

  /** The day of the week, in full, in the reader's language (“Tuesday”, “الثلاثاء”). */
  public String weekday(java.time.LocalDate date) {
    return date == null
        ? ""
        : date.getDayOfWeek()
            .getDisplayName(
                java.time.format.TextStyle.FULL_STANDALONE, localeSelection.getLocale());
  }

  /** An hour of the day on the 24-hour clock (“09:30”), the same in every language. */
  public String time(java.time.LocalTime time) {
    return time == null ? "" : time.format(DateTimeFormatter.ofPattern("HH:mm"));
  }

  /** A length in hours, with a decimal only when it has one (“3”, “1.5”). */
  public String hours(java.time.Duration length) {
    return inHours(length);
  }

  /** {@link #hours}, for text made outside a page (certificates). */
  public static String inHours(java.time.Duration length) {
    long minutes = length.toMinutes();
    return minutes % 60 == 0
        ? String.valueOf(minutes / 60)
        : java.math.BigDecimal.valueOf(minutes)
            .divide(java.math.BigDecimal.valueOf(60), 1, java.math.RoundingMode.HALF_EVEN)
            .toPlainString();
  }

  /**
   * Arabic date patterns put right-to-left marks between day, month and year; with Western digits
   * they scramble a date set in a left-to-right run (31/10/2026 shown as "31– 2026/10/").
   */
  private static String withoutDirectionMarks(String text) {
    return text.replace("\u200f", "").replace("\u200e", "");
  }

  /** A file size as people read it: bytes, KB or MB. */
  public String bytes(long size) {
    NumberFormat format = NumberFormat.getNumberInstance(numbersLocale());
    format.setMaximumFractionDigits(1);
    if (size < 1024) {
      return format.format(size) + " B";
    }
    return size < 1024 * 1024
        ? format.format(size / 1024.0) + " KB"
        : format.format(size / (1024.0 * 1024)) + " MB";
  }

  private Locale numbersLocale() {
    return numbersLocale(localeSelection.getLocale());
  }

  /** Moroccan usage writes numbers with Western digits, Arabic text or not. */
  private static Locale numbersLocale(Locale locale) {
    return "ar".equals(locale.getLanguage()) ? Locale.forLanguageTag("ar-MA-u-nu-latn") : locale;
  }
}
