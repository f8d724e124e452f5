package org.incubator.web.shared;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A day of a month's calendar: its date, whether it is of the month shown, and what happens on it
 * (a cohort's sessions, a mentor's visits).
 *
 * @param <T> what a day holds
 */
public final class CalendarDay<T> implements Serializable {

  private static final long serialVersionUID = 1L;

  private final LocalDate date;
  private final boolean inMonth;
  private final boolean today;
  private final transient List<T> items;

  CalendarDay(LocalDate date, boolean inMonth, boolean today, List<T> items) {
    this.date = date;
    this.inMonth = inMonth;
    this.today = today;
    this.items = items;
  }

  public LocalDate getDate() {
    return date;
  }

  public int getDayOfMonth() {
    return date.getDayOfMonth();
  }

  public boolean isInMonth() {
    return inMonth;
  }

  public boolean isToday() {
    return today;
  }

  public List<T> getItems() {
    return items;
  }

  /** A day with nothing in it, shown on a desk and left out on a phone. */
  public boolean isFree() {
    return items.isEmpty();
  }
}
