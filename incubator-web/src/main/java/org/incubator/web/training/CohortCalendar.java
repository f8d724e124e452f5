package org.incubator.web.training;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.incubator.training.TrainingSession;

/**
 * A month of a cohort's sessions as a calendar: whole weeks from Monday to Sunday, each day with
 * its sessions in the order they start.
 */
final class CohortCalendar {

  private CohortCalendar() {}

  static List<List<CalendarDay>> weeks(
      YearMonth month, List<TrainingSession> sessions, LocalDate today) {
    Map<LocalDate, List<TrainingSession>> byDay =
        sessions.stream().collect(Collectors.groupingBy(TrainingSession::getDay));
    LocalDate day = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    List<List<CalendarDay>> weeks = new ArrayList<>();
    while (!day.isAfter(last)) {
      List<CalendarDay> week = new ArrayList<>(7);
      for (int i = 0; i < 7; i++) {
        week.add(
            new CalendarDay(
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
  static List<String> dayNames(Locale locale) {
    List<String> names = new ArrayList<>(7);
    for (DayOfWeek day : DayOfWeek.values()) {
      names.add(day.getDisplayName(TextStyle.SHORT_STANDALONE, locale));
    }
    return names;
  }

  static String monthName(YearMonth month, Locale locale) {
    return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale)
        + " "
        + month.getYear();
  }
}
