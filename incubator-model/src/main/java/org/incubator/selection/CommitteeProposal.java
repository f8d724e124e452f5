package org.incubator.selection;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.incubator.identity.UserAccount;
import org.incubator.shared.IncubatorException;

/**
 * A committee decision one member present proposed (admit into a cohort, put on the waiting list,
 * decline with a reason). It takes effect when a second, different member present confirms it —
 * four eyes — or it is set aside.
 */
@Entity
@Table(name = "committee_proposal")
public class CommitteeProposal {

  /** Where a proposal stands. */
  public enum Status {
    PROPOSED,
    CONFIRMED,
    SET_ASIDE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id", nullable = false, updatable = false)
  private Application application;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id", nullable = false, updatable = false)
  private CommitteeSession session;

  @Enumerated(EnumType.STRING)
  @Column(name = "decision", length = 10, nullable = false, updatable = false)
  private CommitteeDecision decision;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "cohort_id", updatable = false)
  private Cohort cohort;

  @Column(name = "reason", length = StatusChange.NOTE_LENGTH, updatable = false)
  private String reason;

  @Column(name = "lead_mentor", length = UserAccount.USERNAME_LENGTH, updatable = false)
  private String leadMentor;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 12, nullable = false)
  private Status status;

  @Column(
      name = "proposed_by",
      length = UserAccount.USERNAME_LENGTH,
      nullable = false,
      updatable = false)
  private String proposedBy;

  @Column(name = "proposed_at", nullable = false, updatable = false)
  private Instant proposedAt;

  @Column(name = "settled_by", length = UserAccount.USERNAME_LENGTH)
  private String settledBy;

  @Column(name = "settled_at")
  private Instant settledAt;

  protected CommitteeProposal() {}

  /**
   * A proposal checked as far as it can be before the second member: the move must be open to the
   * application, a cohort of its call to admit into, a reason to decline.
   */
  public CommitteeProposal(
      Application application,
      CommitteeSession session,
      CommitteeDecision decision,
      Cohort cohort,
      String reason,
      String by,
      Instant when) {
    this(application, session, decision, cohort, reason, null, by, when);
  }

  /**
   * As above; an admission may also name the mentor who will lead the person's coaching (the
   * service checks that they are an active mentor).
   */
  public CommitteeProposal(
      Application application,
      CommitteeSession session,
      CommitteeDecision decision,
      Cohort cohort,
      String reason,
      String leadMentor,
      String by,
      Instant when) {
    this.application = Objects.requireNonNull(application, "application");
    this.session = Objects.requireNonNull(session, "session");
    this.decision = Objects.requireNonNull(decision, "decision");
    ApplicationStatus target =
        switch (decision) {
          case ADMIT -> ApplicationStatus.ADMITTED;
          case WAIT -> ApplicationStatus.WAITING;
          case DECLINE -> ApplicationStatus.DECLINED;
        };
    application.getStatus().moveTo(target);
    if (decision == CommitteeDecision.ADMIT) {
      if (cohort == null) {
        throw IncubatorException.onField("cohort", "selection.decision.cohortRequired");
      }
      if (!cohort.getCall().equals(application.getCall())) {
        throw IncubatorException.onField("cohort", "selection.cohort.otherCall", cohort.getName());
      }
      this.cohort = cohort;
      this.leadMentor =
          leadMentor == null || leadMentor.isBlank()
              ? null
              : UserAccount.normaliseUsername(leadMentor);
    }
    if (decision == CommitteeDecision.DECLINE) {
      if (reason == null || reason.isBlank()) {
        throw IncubatorException.onField("reason", "selection.decision.reasonRequired");
      }
      if (reason.strip().length() > StatusChange.NOTE_LENGTH) {
        throw IncubatorException.onField(
            "reason", "selection.decision.reasonTooLong", StatusChange.NOTE_LENGTH);
      }
      this.reason = reason.strip();
    }
    this.status = Status.PROPOSED;
    this.proposedBy = Objects.requireNonNull(by, "by");
    this.proposedAt = Objects.requireNonNull(when, "when");
  }

  /** A second, different member confirms: the caller then applies the decision. */
  public void confirm(String by, Instant when) {
    requireOpen();
    if (by.equals(proposedBy)) {
      throw new IncubatorException("selection.committee.sameMember");
    }
    settle(Status.CONFIRMED, by, when);
  }

  /** A member present does not agree, or the proposer changes their mind. */
  public void setAside(String by, Instant when) {
    requireOpen();
    settle(Status.SET_ASIDE, by, when);
  }

  private void requireOpen() {
    if (status != Status.PROPOSED) {
      throw new IncubatorException("selection.committee.proposalSettled");
    }
  }

  private void settle(Status to, String by, Instant when) {
    status = to;
    settledBy = Objects.requireNonNull(by, "by");
    settledAt = Objects.requireNonNull(when, "when");
  }

  public Long getId() {
    return id;
  }

  public Application getApplication() {
    return application;
  }

  public CommitteeSession getSession() {
    return session;
  }

  public CommitteeDecision getDecision() {
    return decision;
  }

  public Cohort getCohort() {
    return cohort;
  }

  public String getReason() {
    return reason;
  }

  /** The mentor proposed to lead the person's coaching, if the admission names one. */
  public Optional<String> getLeadMentor() {
    return Optional.ofNullable(leadMentor);
  }

  public Status getStatus() {
    return status;
  }

  public String getProposedBy() {
    return proposedBy;
  }

  public Instant getProposedAt() {
    return proposedAt;
  }

  public String getSettledBy() {
    return settledBy;
  }
}
