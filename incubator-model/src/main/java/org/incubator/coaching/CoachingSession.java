package org.incubator.coaching;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.incubator.identity.UserAccount;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Money;
import org.incubator.shared.TypedText;
import org.incubator.training.Participant;

/**
 * A mentor's session with an entrepreneur, of one of the five kinds: planned (day, time, place),
 * then held — with its length, topics and notes, and for business relations whom the entrepreneur
 * met and what came of it — or missed (no-show, or cancelled for a reason). A held session can be
 * corrected; two people correcting it at once are kept apart by its version.
 */
@Entity
@Table(name = "coaching_session")
public class CoachingSession {

  public static final int TOPICS_LENGTH = 300;
  public static final int NOTES_LENGTH = 2000;
  public static final int COUNTERPART_NAME_LENGTH = 120;
  public static final int REASON_LENGTH = 500;
  public static final int LONGEST_MINUTES = 600;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "participant_id", nullable = false, updatable = false)
  private Participant participant;

  @Column(name = "mentor", length = UserAccount.USERNAME_LENGTH, nullable = false)
  private String mentor;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 20, nullable = false)
  private CoachingKind kind;

  @Column(name = "day", nullable = false)
  private LocalDate day;

  @Column(name = "starts_at", nullable = false)
  private LocalTime startsAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "place", length = 20, nullable = false)
  private MeetingPlace place;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 20, nullable = false)
  private MeetingStatus status;

  @Column(name = "minutes")
  private Integer minutes;

  @Column(name = "topics", length = TOPICS_LENGTH)
  private String topics;

  @Column(name = "notes", length = NOTES_LENGTH)
  private String notes;

  @Enumerated(EnumType.STRING)
  @Column(name = "counterpart", length = 20)
  private Counterpart counterpart;

  @Column(name = "counterpart_name", length = COUNTERPART_NAME_LENGTH)
  private String counterpartName;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", length = 20)
  private DealOutcome outcome;

  @Embedded
  @AttributeOverride(name = "amount", column = @Column(name = "outcome_value"))
  private Money outcomeValue;

  @Column(name = "missed_reason", length = REASON_LENGTH)
  private String missedReason;

  @Column(
      name = "planned_by",
      length = UserAccount.USERNAME_LENGTH,
      nullable = false,
      updatable = false)
  private String plannedBy;

  @Column(name = "planned_at", nullable = false, updatable = false)
  private Instant plannedAt;

  @Column(name = "recorded_by", length = UserAccount.USERNAME_LENGTH)
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected CoachingSession() {}

  /** A session planned with {@code participant}, held by {@code mentor}. */
  public static CoachingSession planned(
      Participant participant, SessionDetails details, String mentor, String by, Instant when) {
    if (!participant.getStage().isActive()) {
      throw new IncubatorException("coaching.session.notFollowed");
    }
    var session = new CoachingSession();
    session.participant = participant;
    session.mentor = mentor;
    session.status = MeetingStatus.PLANNED;
    session.plannedBy = by;
    session.plannedAt = when;
    session.schedule(details);
    return session;
  }

  /** A session recorded once held, as a mentor does right after a visit. */
  public static CoachingSession held(
      Participant participant,
      SessionDetails details,
      LocalDate today,
      String mentor,
      String by,
      Instant when) {
    CoachingSession session = planned(participant, details, mentor, by, when);
    session.hold(details, today, by, when);
    return session;
  }

  /** Another day, time, place or kind, while still planned. */
  public void reschedule(SessionDetails details) {
    expect(MeetingStatus.PLANNED);
    schedule(details);
  }

  /**
   * The session took place: its length, topics, notes and, for business relations, whom the
   * entrepreneur met and what came of it. A held session is corrected the same way.
   */
  public void hold(SessionDetails details, LocalDate today, String by, Instant when) {
    if (status != MeetingStatus.PLANNED && status != MeetingStatus.HELD) {
      throw new IncubatorException("coaching.session.notPlanned", status);
    }
    schedule(details);
    if (day.isAfter(today)) {
      throw IncubatorException.onField("day", "coaching.session.notYet");
    }
    Integer length = details.getMinutes();
    if (length == null) {
      throw IncubatorException.onField("minutes", "field.required");
    }
    if (length < 1 || length > LONGEST_MINUTES) {
      throw IncubatorException.onField("minutes", "coaching.session.minutesRange", LONGEST_MINUTES);
    }
    String what = TypedText.required(details.getTopics(), "topics", TOPICS_LENGTH);
    String written = TypedText.optional(details.getNotes(), "notes", NOTES_LENGTH);
    Counterpart who = null;
    String whoName = null;
    DealOutcome result = null;
    Money value = null;
    if (kind.isWithCounterpart()) {
      who = details.getCounterpart();
      if (who == null) {
        throw IncubatorException.onField("counterpart", "field.required");
      }
      whoName =
          TypedText.optional(
              details.getCounterpartName(), "counterpartName", COUNTERPART_NAME_LENGTH);
      result = details.getOutcome();
      if (result == null) {
        throw IncubatorException.onField("outcome", "field.required");
      }
      value = outcomeValue(result, details);
    }
    this.minutes = length;
    this.topics = what;
    this.notes = written;
    this.counterpart = who;
    this.counterpartName = whoName;
    this.outcome = result;
    this.outcomeValue = value;
    this.status = MeetingStatus.HELD;
    this.recordedBy = by;
    this.recordedAt = when;
  }

  private static Money outcomeValue(DealOutcome result, SessionDetails details) {
    if (!result.hasValue()) {
      return null;
    }
    if (details.getOutcomeValue() == null) {
      throw IncubatorException.onField("outcomeValue", "field.required");
    }
    Money value;
    try {
      value = Money.mad(details.getOutcomeValue());
    } catch (IncubatorException tooLarge) {
      throw IncubatorException.onField(
          "outcomeValue", tooLarge.getMessageKey(), tooLarge.getArguments());
    }
    if (value.isNegative()) {
      throw IncubatorException.onField("outcomeValue", "coaching.session.negativeValue");
    }
    return value;
  }

  /** The entrepreneur did not come, or the session was called off (a reason is then required). */
  public void miss(MeetingStatus how, String reason, String by, Instant when) {
    expect(MeetingStatus.PLANNED);
    if (how != MeetingStatus.NO_SHOW && how != MeetingStatus.CANCELLED) {
      throw new IllegalArgumentException("A session is missed by a no-show or a cancellation");
    }
    String why = TypedText.optional(reason, "missedReason", REASON_LENGTH);
    if (how == MeetingStatus.CANCELLED && why == null) {
      throw IncubatorException.onField("missedReason", "field.required");
    }
    this.status = how;
    this.missedReason = why;
    this.recordedBy = by;
    this.recordedAt = when;
  }

  /** The time the session took, when held. */
  public Duration getTimeSpent() {
    return status == MeetingStatus.HELD ? Duration.ofMinutes(minutes) : Duration.ZERO;
  }

  private void schedule(SessionDetails details) {
    if (details.getKind() == null) {
      throw IncubatorException.onField("kind", "field.required");
    }
    if (details.getDay() == null) {
      throw IncubatorException.onField("day", "field.required");
    }
    if (details.getStartsAt() == null) {
      throw IncubatorException.onField("startsAt", "field.required");
    }
    if (details.getPlace() == null) {
      throw IncubatorException.onField("place", "field.required");
    }
    this.kind = details.getKind();
    this.day = details.getDay();
    this.startsAt = details.getStartsAt();
    this.place = details.getPlace();
  }

  private void expect(MeetingStatus expected) {
    if (status != expected) {
      throw new IncubatorException("coaching.session.notPlanned", status);
    }
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Participant getParticipant() {
    return participant;
  }

  public String getMentor() {
    return mentor;
  }

  public CoachingKind getKind() {
    return kind;
  }

  public LocalDate getDay() {
    return day;
  }

  public LocalTime getStartsAt() {
    return startsAt;
  }

  public MeetingPlace getPlace() {
    return place;
  }

  public MeetingStatus getStatus() {
    return status;
  }

  public Integer getMinutes() {
    return minutes;
  }

  public String getTopics() {
    return topics;
  }

  public String getNotes() {
    return notes;
  }

  public Counterpart getCounterpart() {
    return counterpart;
  }

  public String getCounterpartName() {
    return counterpartName;
  }

  public DealOutcome getOutcome() {
    return outcome;
  }

  public Money getOutcomeValue() {
    return outcomeValue;
  }

  public String getMissedReason() {
    return missedReason;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
