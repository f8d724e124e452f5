package org.incubator.web.coaching;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.incubator.coaching.MentorsDay;
import org.incubator.coaching.NotSeen;
import org.incubator.coaching.OverdueAction;
import org.incubator.coaching.VisitSummary;
import org.incubator.shared.CentreTime;

/**
 * On a mentor's home, what coaching asks of them: their sessions today and in the coming days, the
 * overdue actions of the people they lead, and those nobody has met for too long.
 */
@Named
@RequestScoped
public class MentorCoachingBacking {

  /** How far ahead the home looks for sessions; the calendar shows the rest. */
  private static final int COMING_DAYS = 7;

  @Inject private MentorsDay day;

  private LocalDate today;
  private List<VisitSummary> week;
  private List<OverdueAction> overdue;
  private List<OverdueAction> mine;
  private List<NotSeen> notSeen;

  /** Read once a request, by the page's view action or, on a postback, by the first getter. */
  public void load() {
    if (week != null) {
      return;
    }
    today = CentreTime.today();
    week = day.sessions(today, today.plusDays(COMING_DAYS));
    overdue = day.overdueActions(today);
    mine = day.myActions(today, COMING_DAYS);
    notSeen = day.notSeen(today);
  }

  public List<VisitSummary> getToday() {
    load();
    return week.stream().filter(s -> s.day().equals(today)).toList();
  }

  public List<VisitSummary> getComingDays() {
    load();
    return week.stream().filter(s -> s.day().isAfter(today)).toList();
  }

  public List<OverdueAction> getOverdue() {
    load();
    return overdue;
  }

  /** My own actions due in the coming days (the overdue ones among them too). */
  public List<OverdueAction> getMine() {
    load();
    return mine;
  }

  public boolean isOverdue(OverdueAction action) {
    return action.dueOn().isBefore(today);
  }

  public List<NotSeen> getNotSeen() {
    load();
    return notSeen;
  }

  public int getNotSeenDays() {
    return day.notSeenDays();
  }
}
