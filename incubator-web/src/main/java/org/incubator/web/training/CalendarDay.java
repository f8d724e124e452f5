package org.incubator.web.training;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.incubator.training.TrainingSession;

/** A day of a month's calendar: its date, whether it is of the month shown, and its sessions. */
public final class CalendarDay implements Serializable {

  private static final long serialVersionUID = 1L;

  private final LocalDate date;
  private final boolean inMonth;
  private final boolean today;
  private final transient List<TrainingSession> sessions;

  CalendarDay(LocalDate date, boolean inMonth, boolean today, List<TrainingSession> sessions) {
    this.date = date;
    this.inMonth = inMonth;
    this.today = today;
    this.sessions = sessions;
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

  public List<TrainingSession> getSessions() {
    return sessions;
  }

  /** A day with nothing in it, shown on a desk and left out on a phone. */
  public boolean isFree() {
    return sessions.isEmpty();
  }
}
