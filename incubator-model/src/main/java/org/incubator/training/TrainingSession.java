package org.incubator.training;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.incubator.identity.UserAccount;
import org.incubator.selection.Cohort;
import org.incubator.shared.IncubatorException;

/**
 * A training session of a cohort: one module, on a day, between two hours, at a place, given by a
 * mentor or by an outside trainer (the roll then taken by the mentor responsible). Moving or
 * cancelling it needs a reason, and every change is kept in its history. Whether it overlaps
 * another session of its cohort or its trainer is for the service to check, under their locks.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession {

  public static final int PLACE_LENGTH = 200;
  public static final int OUTSIDE_TRAINER_LENGTH = 100;
  public static final int REASON_LENGTH = 500;
  public static final Duration LONGEST = Duration.ofHours(10);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cohort_id", nullable = false, updatable = false)
  private Cohort cohort;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "module_id", nullable = false)
  private TrainingModule module;

  @Column(name = "day", nullable = false)
  private LocalDate day;

  @Column(name = "starts_at", nullable = false)
  private LocalTime startsAt;

  @Column(name = "ends_at", nullable = false)
  private LocalTime endsAt;

  @Column(name = "place", length = PLACE_LENGTH, nullable = false)
  private String place;

  @Column(name = "trainer", length = UserAccount.USERNAME_LENGTH)
  private String trainer;

  @Column(name = "outside_trainer", length = OUTSIDE_TRAINER_LENGTH)
  private String outsideTrainer;

  @Column(name = "responsible", length = UserAccount.USERNAME_LENGTH, nullable = false)
  private String responsible;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 20, nullable = false)
  private SessionStatus status;

  @Column(name = "cancel_reason", length = REASON_LENGTH)
  private String cancelReason;

  @OneToMany(mappedBy = "session", cascade = CascadeType.PERSIST)
  @OrderBy("at")
  private List<SessionChange> history = new ArrayList<>();

  protected TrainingSession() {}

  /** Schedules a session of the cohort on a module of the curriculum it follows. */
  public TrainingSession(
      Cohort cohort, TrainingModule module, SessionPlan plan, String by, Instant when) {
    this.cohort = cohort;
    this.status = SessionStatus.SCHEDULED;
    apply(module, plan);
    history.add(SessionChange.scheduled(this, by, when));
  }

  /** Moves the session (day, hours, place, trainer or module); the reason is kept. */
  public void reschedule(TrainingModule newModule, SessionPlan plan, String by, Instant when) {
    requireScheduled();
    String why = reason(plan.getReason(), "reason");
    LocalDate dayBefore = day;
    LocalTime startsBefore = startsAt;
    LocalTime endsBefore = endsAt;
    apply(newModule, plan);
    history.add(
        SessionChange.rescheduled(this, dayBefore, startsBefore, endsBefore, why, by, when));
  }

  /** Cancels the session with the reason given; it no longer counts nor blocks anybody's time. */
  public void cancel(String reason, String by, Instant when) {
    requireScheduled();
    this.cancelReason = reason(reason, "cancelReason");
    this.status = SessionStatus.CANCELLED;
    history.add(SessionChange.cancelled(this, cancelReason, by, when));
  }

  private void apply(TrainingModule newModule, SessionPlan plan) {
    if (newModule == null) {
      throw IncubatorException.onField("moduleId", "field.required");
    }
    if (plan.getDay() == null) {
      throw IncubatorException.onField("day", "field.required");
    }
    if (!cohort.getPeriod().contains(plan.getDay())) {
      throw IncubatorException.onField(
          "day",
          "training.session.outsideCohort",
          cohort.getPeriod().getStart(),
          cohort.getPeriod().getEnd());
    }
    if (plan.getStartsAt() == null) {
      throw IncubatorException.onField("startsAt", "field.required");
    }
    if (plan.getEndsAt() == null) {
      throw IncubatorException.onField("endsAt", "field.required");
    }
    if (!plan.getEndsAt().isAfter(plan.getStartsAt())) {
      throw IncubatorException.onField("endsAt", "training.session.endBeforeStart");
    }
    if (Duration.between(plan.getStartsAt(), plan.getEndsAt()).compareTo(LONGEST) > 0) {
      throw IncubatorException.onField("endsAt", "training.session.tooLong", LONGEST.toHours());
    }
    String where = text(plan.getPlace(), PLACE_LENGTH, "place");
    if (where == null) {
      throw IncubatorException.onField("place", "field.required");
    }
    String mentor = text(plan.getTrainer(), UserAccount.USERNAME_LENGTH, "trainer");
    String outside = text(plan.getOutsideTrainer(), OUTSIDE_TRAINER_LENGTH, "outsideTrainer");
    if (outside != null) {
      outside = outside.replaceAll("\\s+", " ");
    }
    if (mentor == null && outside == null) {
      throw IncubatorException.onField("trainer", "training.session.trainerRequired");
    }
    if (mentor != null && outside != null) {
      throw IncubatorException.onField("outsideTrainer", "training.session.oneTrainer");
    }
    String roll = text(plan.getResponsible(), UserAccount.USERNAME_LENGTH, "responsible");
    if (roll == null) {
      if (mentor == null) {
        throw IncubatorException.onField("responsible", "training.session.responsibleRequired");
      }
      roll = mentor;
    }
    this.module = newModule;
    this.day = plan.getDay();
    this.startsAt = plan.getStartsAt();
    this.endsAt = plan.getEndsAt();
    this.place = where;
    this.trainer = mentor;
    this.outsideTrainer = outside;
    this.responsible = roll;
  }

  private void requireScheduled() {
    if (status != SessionStatus.SCHEDULED) {
      throw new IncubatorException("training.session.cancelled");
    }
  }

  private static String reason(String typed, String field) {
    String why = text(typed, REASON_LENGTH, field);
    if (why == null) {
      throw IncubatorException.onField(field, "training.session.reasonRequired");
    }
    return why;
  }

  private static String text(String typed, int maxLength, String field) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    String text = typed.strip();
    if (text.length() > maxLength) {
      throw IncubatorException.onField(field, "field.maxLength", maxLength);
    }
    return text;
  }

  /**
   * Whether this session, while scheduled, takes some of the time between {@code from} and {@code
   * to} on {@code on}; sessions that only touch (one ends when the other starts) do not overlap.
   */
  public boolean overlaps(LocalDate on, LocalTime from, LocalTime to) {
    return status == SessionStatus.SCHEDULED
        && day.equals(on)
        && startsAt.isBefore(to)
        && from.isBefore(endsAt);
  }

  /**
   * The key that names the trainer's time, the same for every session they give: {@code
   * mentor:<user name>} or {@code outside:<name in lower case, spaces collapsed>}.
   */
  public String trainerKey() {
    return trainerKey(trainer, outsideTrainer);
  }

  public static String trainerKey(String mentor, String outside) {
    if (mentor != null && !mentor.isBlank()) {
      return "mentor:" + mentor.strip();
    }
    return "outside:" + outside.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** The session's length. */
  public Duration getLength() {
    return Duration.between(startsAt, endsAt);
  }

  public boolean isScheduled() {
    return status == SessionStatus.SCHEDULED;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Cohort getCohort() {
    return cohort;
  }

  public TrainingModule getModule() {
    return module;
  }

  public LocalDate getDay() {
    return day;
  }

  public LocalTime getStartsAt() {
    return startsAt;
  }

  public LocalTime getEndsAt() {
    return endsAt;
  }

  public String getPlace() {
    return place;
  }

  public Optional<String> getTrainer() {
    return Optional.ofNullable(trainer);
  }

  public Optional<String> getOutsideTrainer() {
    return Optional.ofNullable(outsideTrainer);
  }

  /** Who trains, as people read it: the mentor's user name or the outside trainer's name. */
  public String getTrainerName() {
    return trainer != null ? trainer : outsideTrainer;
  }

  public String getResponsible() {
    return responsible;
  }

  public SessionStatus getStatus() {
    return status;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public List<SessionChange> getHistory() {
    return Collections.unmodifiableList(history);
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof TrainingSession other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return TrainingSession.class.hashCode();
  }
}
