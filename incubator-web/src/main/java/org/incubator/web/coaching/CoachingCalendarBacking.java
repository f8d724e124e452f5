package org.incubator.web.coaching;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.incubator.coaching.MeetingStatus;
import org.incubator.coaching.MentorsDay;
import org.incubator.coaching.VisitSummary;
import org.incubator.shared.CentreTime;
import org.incubator.web.shared.CalendarDay;
import org.incubator.web.shared.LocaleSelection;
import org.incubator.web.shared.MonthCalendar;

/** A mentor's own coaching sessions, a month at a time. */
@Named
@ViewScoped
public class CoachingCalendarBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final ZoneId CENTRE = CentreTime.ZONE;

  @Inject private MentorsDay day;

  @Inject private LocaleSelection localeSelection;

  private YearMonth month;
  private List<VisitSummary> sessions;

  public void load() {
    if (month == null) {
      month = YearMonth.now(CENTRE);
      read();
    }
  }

  private void read() {
    LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    sessions = day.sessions(first, last);
  }

  public void previousMonth() {
    month = month.minusMonths(1);
    read();
  }

  public void nextMonth() {
    month = month.plusMonths(1);
    read();
  }

  public List<List<CalendarDay<VisitSummary>>> getWeeks() {
    return MonthCalendar.weeks(month, sessions, VisitSummary::day, CentreTime.today());
  }

  /** The time my sessions held this month took: what my coaching cost, in hours. */
  public Duration getTimeSpent() {
    return Duration.ofMinutes(
        sessions.stream()
            .filter(s -> YearMonth.from(s.day()).equals(month))
            .filter(s -> s.status() == MeetingStatus.HELD)
            .mapToLong(VisitSummary::minutes)
            .sum());
  }

  public List<String> getDayNames() {
    return MonthCalendar.dayNames(localeSelection.getLocale());
  }

  public String getMonthName() {
    return MonthCalendar.monthName(month, localeSelection.getLocale());
  }
}
