package org.incubator.selection;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.incubator.applicant.ProjectHolder;
import org.incubator.identity.UserAccount;
import org.incubator.shared.IncubatorException;

/**
 * A project holder's application to one call: one per holder (so per CIN) and call. Its status only
 * moves as {@link ApplicationStatus} allows, and every move is kept as a {@link StatusChange}.
 */
@Entity
@Table(name = "application")
public class Application {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "holder_id", nullable = false, updatable = false)
  private ProjectHolder holder;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "call_id", nullable = false, updatable = false)
  private CallForApplications call;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 20, nullable = false)
  private ApplicationStatus status;

  /**
   * The holder's province, gender and trade as the ranking filters them, copied when the
   * application is made so a filtered page reads its own index range; a trigger of {@code
   * project_holder} keeps them when the holder changes (migration V34). Never read from here.
   */
  @Column(name = "holder_province_code", length = 32, nullable = false, updatable = false)
  private String holderProvinceCode;

  @Column(name = "holder_gender", length = 10, nullable = false, updatable = false)
  private String holderGender;

  @Column(name = "holder_trade", length = 30, nullable = false, updatable = false)
  private String holderTrade;

  @Column(name = "mark_vulnerability")
  private Integer vulnerabilityMark;

  @Column(name = "mark_skills")
  private Integer skillsMark;

  @Column(name = "mark_viability")
  private Integer viabilityMark;

  @Column(name = "mark_interview")
  private Integer interviewMark;

  /**
   * Computed from the marks and the call's grid, never typed; empty until every weighted criterion
   * is marked.
   */
  @Column(name = "total_score", precision = 5, scale = 2)
  private BigDecimal total;

  @Column(name = "scored_by", length = UserAccount.USERNAME_LENGTH)
  private String scoredBy;

  @Column(name = "scored_at")
  private Instant scoredAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "cohort_id")
  private Cohort cohort;

  @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
  @OrderBy("sequence ASC")
  private List<StatusChange> history = new ArrayList<>();

  protected Application() {}

  private Application(ProjectHolder holder, CallForApplications call) {
    this.holder = holder;
    this.call = call;
    this.holderProvinceCode = holder.getProvince().getCode();
    this.holderGender = holder.getGender().name();
    this.holderTrade = holder.getProject().getTrade().name();
  }

  /**
   * A paper application a mentor enters for a holder: submitted at once, then assessed against the
   * call.
   */
  public static Application submittedOnPaper(
      ProjectHolder holder, CallForApplications call, String by, Instant when) {
    var application = new Application(holder, call);
    application.record(
        null, ApplicationStatus.SUBMITTED, by, when, "selection.application.reason.paper");
    application.assess(by, when);
    return application;
  }

  /**
   * An application the applicant filled in themselves: the draft they started, then submitted, then
   * assessed against the call, all three moves kept.
   */
  public static Application submittedOnline(
      ProjectHolder holder,
      CallForApplications call,
      Instant draftStarted,
      String by,
      Instant when) {
    var application = new Application(holder, call);
    application.record(
        null,
        ApplicationStatus.DRAFT,
        by,
        draftStarted,
        "selection.application.reason.draftStarted");
    application.moveTo(
        ApplicationStatus.SUBMITTED, by, when, "selection.application.reason.online");
    application.assess(by, when);
    return application;
  }

  /**
   * Checks the application against its call's current rules. Only applications nobody has decided
   * on yet are reassessed; returns whether the status changed.
   */
  public boolean assess(String by, Instant when) {
    if (!status.isOpenToReassessment()) {
      return false;
    }
    boolean eligible = call.assess(holder).stream().allMatch(RuleOutcome::passed);
    ApplicationStatus target = eligible ? ApplicationStatus.ELIGIBLE : ApplicationStatus.INELIGIBLE;
    if (target == status) {
      return false;
    }
    moveTo(target, by, when, "selection.application.reason.rules");
    return true;
  }

  /**
   * Marks the application on the call's grid; the total follows. Marks can change until the
   * committee decides; a criterion left out keeps its mark.
   */
  public void score(Map<Criterion, Integer> marks, String by, Instant when) {
    if (status != ApplicationStatus.ELIGIBLE && status != ApplicationStatus.SHORTLISTED) {
      throw new IncubatorException("selection.score.notOpen", status);
    }
    ScoringGrid grid = call.getGrid();
    marks.forEach(
        (criterion, mark) -> {
          if (mark != null) {
            grid.check(criterion, mark);
          }
        });
    Map<Criterion, Integer> merged = getMarks();
    marks.forEach(
        (criterion, mark) -> {
          if (mark != null) {
            merged.put(criterion, mark);
          }
        });
    vulnerabilityMark = merged.get(Criterion.VULNERABILITY);
    skillsMark = merged.get(Criterion.SKILLS);
    viabilityMark = merged.get(Criterion.VIABILITY);
    interviewMark = merged.get(Criterion.INTERVIEW);
    scoredBy = by;
    scoredAt = when;
    retotal();
  }

  /** Brings the total in line with the call's current grid. */
  public void retotal() {
    total = call.getGrid().total(getMarks()).orElse(null);
  }

  /** Puts a fully scored eligible application before the committee. */
  public void shortlist(String by, Instant when) {
    if (total == null && status == ApplicationStatus.ELIGIBLE) {
      throw new IncubatorException("selection.application.unscored");
    }
    moveTo(ApplicationStatus.SHORTLISTED, by, when, "selection.application.reason.shortlisted");
  }

  /**
   * The committee admits the applicant into a cohort of this call; the caller has checked the
   * cohort has room.
   */
  public void admit(Cohort into, CommitteeSession session, String by, Instant when) {
    if (!into.getCall().equals(call)) {
      throw IncubatorException.onField("cohort", "selection.cohort.otherCall", into.getName());
    }
    status.moveTo(ApplicationStatus.ADMITTED);
    into.takePlace();
    moveTo(
        ApplicationStatus.ADMITTED,
        by,
        when,
        "selection.application.reason.admitted",
        session,
        into.getName());
    cohort = into;
  }

  public void putOnWaitingList(CommitteeSession session, String by, Instant when) {
    moveTo(
        ApplicationStatus.WAITING, by, when, "selection.application.reason.waiting", session, null);
  }

  public void decline(String reason, CommitteeSession session, String by, Instant when) {
    if (reason == null || reason.isBlank()) {
      throw IncubatorException.onField("reason", "selection.decision.reasonRequired");
    }
    if (reason.strip().length() > StatusChange.NOTE_LENGTH) {
      throw IncubatorException.onField(
          "reason", "selection.decision.reasonTooLong", StatusChange.NOTE_LENGTH);
    }
    moveTo(
        ApplicationStatus.DECLINED,
        by,
        when,
        "selection.application.reason.declined",
        session,
        reason.strip());
  }

  /** A place freed in a cohort goes to this application, first on the waiting list. */
  public void offerFreedPlace(Cohort freed, String by, Instant when) {
    if (status != ApplicationStatus.WAITING) {
      throw new IncubatorException(
          "selection.application.illegalMove", status, ApplicationStatus.ADMITTED);
    }
    freed.takePlace();
    moveTo(
        ApplicationStatus.ADMITTED,
        by,
        when,
        "selection.application.reason.placeOffered",
        null,
        freed.getName());
    cohort = freed;
  }

  /** Withdraws the application; returns the cohort whose place it frees, if it had one. */
  public Optional<Cohort> withdraw(String by, Instant when) {
    return withdraw(by, when, null);
  }

  /**
   * Withdraws with the reason staff give, kept in the history; an admitted person is only withdrawn
   * with one.
   */
  public Optional<Cohort> withdraw(String by, Instant when, String reason) {
    String note = reason == null || reason.isBlank() ? null : reason.strip();
    if (note != null && note.length() > StatusChange.NOTE_LENGTH) {
      throw IncubatorException.onField(
          "withdrawReason", "field.maxLength", StatusChange.NOTE_LENGTH);
    }
    moveTo(
        ApplicationStatus.WITHDRAWN,
        by,
        when,
        "selection.application.reason.withdrawn",
        null,
        note);
    Optional<Cohort> freed = Optional.ofNullable(cohort);
    freed.ifPresent(Cohort::freePlace);
    cohort = null;
    return freed;
  }

  private void moveTo(ApplicationStatus target, String by, Instant when, String reasonKey) {
    moveTo(target, by, when, reasonKey, null, null);
  }

  private void moveTo(
      ApplicationStatus target,
      String by,
      Instant when,
      String reasonKey,
      CommitteeSession session,
      String note) {
    record(status, status.moveTo(target), by, when, reasonKey, session, note);
  }

  private void record(
      ApplicationStatus from, ApplicationStatus to, String by, Instant when, String reasonKey) {
    record(from, to, by, when, reasonKey, null, null);
  }

  private void record(
      ApplicationStatus from,
      ApplicationStatus to,
      String by,
      Instant when,
      String reasonKey,
      CommitteeSession session,
      String note) {
    history.add(
        new StatusChange(this, history.size() + 1, from, to, when, by, reasonKey, session, note));
    status = to;
  }

  /** The marks given so far, by criterion; unmarked criteria are absent. */
  public Map<Criterion, Integer> getMarks() {
    Map<Criterion, Integer> marks = new EnumMap<>(Criterion.class);
    putIfMarked(marks, Criterion.VULNERABILITY, vulnerabilityMark);
    putIfMarked(marks, Criterion.SKILLS, skillsMark);
    putIfMarked(marks, Criterion.VIABILITY, viabilityMark);
    putIfMarked(marks, Criterion.INTERVIEW, interviewMark);
    return marks;
  }

  private static void putIfMarked(
      Map<Criterion, Integer> marks, Criterion criterion, Integer mark) {
    if (mark != null) {
      marks.put(criterion, mark);
    }
  }

  public Optional<BigDecimal> getTotal() {
    return Optional.ofNullable(total);
  }

  public Optional<Cohort> getCohort() {
    return Optional.ofNullable(cohort);
  }

  public String getScoredBy() {
    return scoredBy;
  }

  public Instant getScoredAt() {
    return scoredAt;
  }

  public long getVersion() {
    return version;
  }

  public Long getId() {
    return id;
  }

  public ApplicationStatus getStatus() {
    return status;
  }

  public ProjectHolder getHolder() {
    return holder;
  }

  public CallForApplications getCall() {
    return call;
  }

  public List<StatusChange> getHistory() {
    return List.copyOf(history);
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Application other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return Application.class.hashCode();
  }
}
