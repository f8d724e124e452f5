package org.incubator.web.training;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.incubator.selection.Cohort;
import org.incubator.selection.Cohorts;
import org.incubator.shared.CentreTime;
import org.incubator.shared.IncubatorException;
import org.incubator.training.AbsenceCount;
import org.incubator.training.CohortProgress;
import org.incubator.training.Curriculum;
import org.incubator.training.CurriculumVersion;
import org.incubator.training.ParticipantSummary;
import org.incubator.training.Participants;
import org.incubator.training.SessionPlan;
import org.incubator.training.TrainingProgress;
import org.incubator.training.TrainingSession;
import org.incubator.training.TrainingSessions;
import org.incubator.training.TrainingStanding;
import org.incubator.web.identity.CurrentUser;
import org.incubator.web.shared.CalendarDay;
import org.incubator.web.shared.Charts;
import org.incubator.web.shared.LocaleSelection;
import org.incubator.web.shared.Messages;
import org.incubator.web.shared.MonthCalendar;
import org.incubator.web.shared.RecordIds;

/**
 * A cohort's training: the curriculum it follows module by module, its sessions as a month's
 * calendar, scheduling a session, and its people, where a mentor records a drop-out.
 */
@Named
@ViewScoped
public class CohortTrainingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Cohorts cohorts;

  @Inject private Curriculum curriculum;

  @Inject private TrainingSessions trainingSessions;

  @Inject private Participants participants;

  @Inject private TrainingProgress progress;

  @Inject private LocaleSelection localeSelection;

  @Inject private CurrentUser currentUser;

  private String idParameter;
  private Long cohortId;
  private transient Cohort cohort;
  private transient CurriculumVersion followed;
  private transient List<TrainingSession> sessions;
  private transient List<ModuleProgress> modules;
  private List<ParticipantSummary> people;
  private transient CohortProgress standings;
  private YearMonth month;
  private SessionPlan plan;
  private Long leavingId;
  private String dropOutReason;

  public void load() {
    cohortId = RecordIds.parse(idParameter, "selection.cohort.notFound");
    cohort = cohorts.getCohort(cohortId);
    LocalDate today = CentreTime.today();
    month =
        YearMonth.from(cohort.getPeriod().contains(today) ? today : cohort.getPeriod().getStart());
    plan = newPlan();
    refresh();
  }

  /** A new session is given by the mentor planning it, unless they choose someone else. */
  private SessionPlan newPlan() {
    var fresh = new SessionPlan();
    if (currentUser.is("MENTOR")) {
      fresh.setTrainer(currentUser.getUsername());
    }
    return fresh;
  }

  private void refresh() {
    if (cohort == null) {
      cohort = cohorts.getCohort(cohortId);
    }
    followed = curriculum.of(cohort).orElse(null);
    standings = progress.ofCohort(cohortId);
    sessions = standings.getSessions();
    modules =
        followed == null
            ? List.of()
            : ModuleProgress.of(followed.getModulesByTrack(), sessions, CentreTime.now());
    people = standings.getPeople();
  }

  /** A week without a session, which a phone leaves out (it lists only the days with some). */
  public TrainingStanding standingOf(Long participantId) {
    return standings.of(participantId);
  }

  public List<AbsenceCount> getAbsences() {
    return standings.getAbsences();
  }

  /** Absences by reason, women and men stacked: the chart beside the table. */
  public String getAbsenceChart() {
    List<AbsenceCount> absences = standings.getAbsences();
    return Charts.stackedBars(
        absences.stream().map(this::reasonLabel).toList(),
        localeSelection.isRightToLeft(),
        new Charts.Series(
            Messages.text("Gender.FEMALE"),
            "#8e24aa",
            absences.stream().map(AbsenceCount::getWomen).toList()),
        new Charts.Series(
            Messages.text("Gender.MALE"),
            "#1e88e5",
            absences.stream().map(AbsenceCount::getMen).toList()));
  }

  public String reasonLabel(AbsenceCount count) {
    return count.getReason() == null
        ? Messages.text("training.absence.unexcused")
        : Messages.text("AbsenceReason." + count.getReason().name());
  }

  public boolean isAnyAbsence() {
    return standings.getAbsences().stream().anyMatch(a -> a.getWomen() + a.getMen() > 0);
  }

  public List<TrainingSession> getRollsMissing() {
    return standings.getRollsMissing();
  }

  public void schedule() {
    try {
      trainingSessions.schedule(cohortId, plan);
      Messages.info("training.session.scheduled");
      month = YearMonth.from(plan.getDay());
      plan = newPlan();
    } catch (IncubatorException e) {
      Messages.show(e);
    }
    refresh();
  }

  public void dropOut() {
    try {
      if (leavingId == null) {
        throw IncubatorException.onField("leavingId", "field.required");
      }
      participants.dropOut(leavingId, dropOutReason);
      Messages.info("training.participant.droppedOut");
      leavingId = null;
      dropOutReason = null;
    } catch (IncubatorException e) {
      Messages.show(e);
    }
    refresh();
  }

  public void previousMonth() {
    month = month.minusMonths(1);
    refresh();
  }

  public void nextMonth() {
    month = month.plusMonths(1);
    refresh();
  }

  public List<List<CalendarDay<TrainingSession>>> getWeeks() {
    return MonthCalendar.weeks(month, sessions, TrainingSession::getDay, CentreTime.today());
  }

  public List<String> getDayNames() {
    return MonthCalendar.dayNames(localeSelection.getLocale());
  }

  public String getMonthName() {
    return MonthCalendar.monthName(month, localeSelection.getLocale());
  }

  public List<SelectItem> getModuleOptions() {
    return followed == null
        ? List.of()
        : followed.getModulesByTrack().stream()
            .map(m -> new SelectItem(m.getId(), m.titleIn(localeSelection.getLocale())))
            .toList();
  }

  /** The people still in the programme, whom a drop-out may concern. */
  public List<SelectItem> getActiveOptions() {
    return people.stream()
        .filter(ParticipantSummary::isActive)
        .map(p -> new SelectItem(p.getId(), p.getFirstName() + " " + p.getLastName()))
        .toList();
  }

  public long getScheduledCount() {
    return sessions.stream().filter(TrainingSession::isScheduled).count();
  }

  public long getActiveCount() {
    return people.stream().filter(ParticipantSummary::isActive).count();
  }

  public String getIdParameter() {
    return idParameter;
  }

  public void setIdParameter(String idParameter) {
    this.idParameter = idParameter;
  }

  public Cohort getCohort() {
    return cohort;
  }

  public CurriculumVersion getFollowed() {
    return followed;
  }

  public List<TrainingSession> getSessions() {
    return sessions;
  }

  public List<ModuleProgress> getModules() {
    return modules;
  }

  public List<ParticipantSummary> getPeople() {
    return people;
  }

  public SessionPlan getPlan() {
    return plan;
  }

  public Long getLeavingId() {
    return leavingId;
  }

  public void setLeavingId(Long leavingId) {
    this.leavingId = leavingId;
  }

  public String getDropOutReason() {
    return dropOutReason;
  }

  public void setDropOutReason(String dropOutReason) {
    this.dropOutReason = dropOutReason;
  }
}
