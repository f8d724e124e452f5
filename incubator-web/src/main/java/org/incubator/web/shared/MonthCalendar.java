package org.incubator.web.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A month as a calendar: whole weeks from Monday to Sunday, each day with what happens on it in the
 * order given. The one way a page shows a month (a cohort's sessions, a mentor's visits), drawn by
 * {@code WEB-INF/templates/month-calendar.xhtml}.
 */
public final class MonthCalendar {

  private MonthCalendar() {}

  public static <T> List<List<CalendarDay<T>>> weeks(
      YearMonth month, List<T> items, Function<T, LocalDate> dayOf, LocalDate today) {
    Map<LocalDate, List<T>> byDay = items.stream().collect(Collectors.groupingBy(dayOf));
    LocalDate day = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    List<List<CalendarDay<T>>> weeks = new ArrayList<>();
    while (!day.isAfter(last)) {
      List<CalendarDay<T>> week = new ArrayList<>(7);
      for (int i = 0; i < 7; i++) {
        week.add(
            new CalendarDay<>(
                day,
                YearMonth.from(day).equals(month),
                day.equals(today),
                byDay.getOrDefault(day, List.of())));
        day = day.plusDays(1);
      }
      weeks.add(week);
    }
    return weeks;
  }

  /** The names of the week's days, Monday first, short, in the reader's language. */
  public static List<String> dayNames(Locale locale) {
    List<String> names = new ArrayList<>(7);
    for (DayOfWeek day : DayOfWeek.values()) {
      names.add(day.getDisplayName(TextStyle.SHORT_STANDALONE, locale));
    }
    return names;
  }

  public static String monthName(YearMonth month, Locale locale) {
    return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale)
        + " "
        + month.getYear();
  }
}
