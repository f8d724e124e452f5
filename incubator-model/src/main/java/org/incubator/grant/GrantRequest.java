package org.incubator.grant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.incubator.identity.UserAccount;
import org.incubator.selection.Application;
import org.incubator.selection.ApplicationStatus;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Money;

/**
 * A seed-grant request for an admitted entrepreneur: the amount, its use line by line (adding up to
 * the amount), the justification and the tranche plan, inside a budget envelope that funds the
 * entrepreneur's call. Prepared and submitted by a mentor, decided by the foundation's reviewers:
 * above the threshold two different reviewers must approve, and nobody decides on a request they
 * prepared. The final approval commits the amount against the envelope.
 */
@Entity
@Table(name = "grant_request")
public class GrantRequest {

  public static final int JUSTIFICATION_LENGTH = 4000;
  public static final int COMMENT_LENGTH = 2000;

  /** More lines than a seed grant's use ever needs; the form stops offering a new one there. */
  public static final int MAX_LINES = 20;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id", nullable = false, updatable = false)
  private Application application;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "envelope_id", nullable = false, updatable = false)
  private BudgetEnvelope envelope;

  /** 1 for the first request, then one more each time a returned request comes back. */
  @Column(name = "revision", nullable = false, updatable = false)
  private int revision;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "previous_id", updatable = false)
  private GrantRequest previous;

  @Embedded
  @AttributeOverride(
      name = "amount",
      column = @Column(name = "amount", nullable = false, updatable = false))
  private Money amount;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "grant_line", joinColumns = @JoinColumn(name = "request_id"))
  @OrderColumn(name = "position")
  private List<GrantLine> lines = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "grant_tranche", joinColumns = @JoinColumn(name = "request_id"))
  @OrderBy("sequence ASC")
  private List<Tranche> tranches = new ArrayList<>();

  @Column(
      name = "justification",
      length = JUSTIFICATION_LENGTH,
      nullable = false,
      updatable = false)
  private String justification;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 20, nullable = false)
  private GrantStatus status;

  @Column(
      name = "prepared_by",
      length = UserAccount.USERNAME_LENGTH,
      nullable = false,
      updatable = false)
  private String preparedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "decided_holder_name", length = 170)
  private String decidedHolderName;

  @Column(name = "decided_holder_cin", length = 10)
  private String decidedHolderCin;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "grant_approval", joinColumns = @JoinColumn(name = "request_id"))
  @OrderBy("at ASC")
  private List<Approval> approvals = new ArrayList<>();

  @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
  @OrderBy("sequence ASC")
  private List<GrantEvent> events = new ArrayList<>();

  @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
  @OrderBy("tranche ASC")
  private List<GrantPayment> payments = new ArrayList<>();

  protected GrantRequest() {}

  /**
   * A request as the mentor prepared it, checked against the money rules: a positive amount up to
   * the ceiling, lines adding up to it, an envelope that funds the entrepreneur's call.
   */
  public static GrantRequest prepare(
      Application application,
      BudgetEnvelope envelope,
      List<GrantLine> lines,
      String justification,
      TranchePlan plan,
      Money ceiling,
      String by,
      Instant when) {
    var request = new GrantRequest();
    request.fill(application, envelope, lines, justification, plan, ceiling);
    request.revision = 1;
    request.preparedBy = Objects.requireNonNull(by, "by");
    request.status = GrantStatus.DRAFT;
    request.record(
        GrantAction.PREPARED, null, GrantStatus.DRAFT, by, when, null, null, request.summary());
    return request;
  }

  /**
   * Numbers a new request after the entrepreneur's earlier ones (rejected, withdrawn or returned):
   * the revisions of one entrepreneur's requests never repeat.
   */
  public void numberAfter(int latestRevision) {
    if (status != GrantStatus.DRAFT || revision != 1) {
      throw new IllegalStateException("Only a request just prepared is numbered");
    }
    revision = latestRevision + 1;
  }

  /**
   * The next version of a returned request, prepared again by a mentor; the returned one is kept as
   * it was.
   */
  public GrantRequest reviseAfterReturn(
      List<GrantLine> newLines,
      String newJustification,
      TranchePlan plan,
      Money ceiling,
      String by,
      Instant when) {
    if (status != GrantStatus.RETURNED) {
      throw new IncubatorException("grant.request.notReturned");
    }
    var next = new GrantRequest();
    next.fill(application, envelope, newLines, newJustification, plan, ceiling);
    next.revision = revision + 1;
    next.previous = this;
    next.preparedBy = Objects.requireNonNull(by, "by");
    next.status = GrantStatus.DRAFT;
    next.record(
        GrantAction.REVISED, null, GrantStatus.DRAFT, by, when, null, summary(), next.summary());
    return next;
  }

  private void fill(
      Application admitted,
      BudgetEnvelope from,
      List<GrantLine> given,
      String why,
      TranchePlan plan,
      Money ceiling) {
    if (admitted.getStatus() != ApplicationStatus.ADMITTED) {
      throw new IncubatorException("grant.request.notAdmitted");
    }
    if (from == null) {
      throw IncubatorException.onField("envelope", "field.required");
    }
    if (!from.funds(admitted)) {
      throw IncubatorException.onField("envelope", "grant.envelope.otherCall", from.getName());
    }
    if (given == null || given.isEmpty()) {
      throw IncubatorException.onField("lines", "grant.lines.none");
    }
    if (given.size() > MAX_LINES) {
      throw IncubatorException.onField("lines", "grant.lines.tooMany", MAX_LINES);
    }
    Money total = given.stream().map(GrantLine::getAmount).reduce(Money.ZERO, Money::plus);
    if (given.stream().anyMatch(line -> !line.getAmount().isGreaterThan(Money.ZERO))) {
      throw IncubatorException.onField("lines", "grant.amount.positive");
    }
    if (total.isGreaterThan(ceiling)) {
      throw IncubatorException.onField(
          "lines",
          "grant.amount.ceiling",
          ceiling.getAmount().toPlainString(),
          total.getAmount().toPlainString());
    }
    if (why == null || why.isBlank()) {
      throw IncubatorException.onField("justification", "field.required");
    }
    if (why.strip().length() > JUSTIFICATION_LENGTH) {
      throw IncubatorException.onField("justification", "field.maxLength", JUSTIFICATION_LENGTH);
    }
    this.application = admitted;
    this.envelope = from;
    this.amount = total;
    this.lines = new ArrayList<>(given);
    this.justification = why.strip();
    this.tranches = new ArrayList<>(Objects.requireNonNull(plan, "plan").split(total));
  }

  public void submit(String by, Instant when) {
    moveTo(GrantStatus.SUBMITTED, GrantAction.SUBMITTED, by, when, null);
    submittedAt = when;
  }

  /** The mentor takes the request back before anyone decides on it. */
  public void withdraw(String by, Instant when) {
    if (!approvals.isEmpty()) {
      throw new IncubatorException("grant.request.alreadyApproved");
    }
    moveTo(GrantStatus.WITHDRAWN, GrantAction.WITHDRAWN, by, when, null);
  }

  /**
   * A reviewer approves. Returns whether this approval is the final one (the amount must then be
   * committed against the envelope); above {@code twoReviewersAbove} the first approval only waits
   * for a second, different reviewer.
   */
  public boolean approve(String reviewer, String comment, Money twoReviewersAbove, Instant when) {
    checkDecider(reviewer);
    if (approvals.stream().anyMatch(a -> a.getReviewer().equals(reviewer))) {
      throw new IncubatorException("grant.review.twice");
    }
    approvals.add(new Approval(reviewer, when, optionalComment(comment)));
    if (approvals.size() < approvalsNeeded(twoReviewersAbove)) {
      record(
          GrantAction.FIRST_APPROVAL,
          status,
          status,
          reviewer,
          when,
          optionalComment(comment),
          null,
          null);
      return false;
    }
    moveTo(GrantStatus.APPROVED, GrantAction.APPROVED, reviewer, when, comment);
    keepDecidedIdentity();
    return true;
  }

  public void reject(String reviewer, String comment, Instant when) {
    checkDecider(reviewer);
    moveTo(
        GrantStatus.REJECTED,
        GrantAction.REJECTED,
        reviewer,
        when,
        requiredComment(comment, "comment"));
    keepDecidedIdentity();
  }

  public void returnForChanges(String reviewer, String comment, Instant when) {
    checkDecider(reviewer);
    moveTo(
        GrantStatus.RETURNED,
        GrantAction.RETURNED,
        reviewer,
        when,
        requiredComment(comment, "comment"));
  }

  /**
   * Sets the approved amount aside in the envelope; refused when the envelope has not enough left.
   */
  public void commitTo(BudgetEnvelope locked) {
    if (status != GrantStatus.APPROVED || !locked.equals(envelope)) {
      throw new IllegalStateException("Only an approved request commits, against its own envelope");
    }
    locked.commit(amount);
  }

  /**
   * Pays a tranche out of the locked envelope: only an approved grant, tranches in their order,
   * each once, and only when its milestone is among those {@code reached}.
   */
  public GrantPayment pay(
      int sequence,
      Set<Milestone> reached,
      LocalDate paidOn,
      PaymentMethod method,
      String reference,
      String token,
      BudgetEnvelope locked,
      String by,
      Instant when) {
    Tranche tranche = tranche(sequence);
    switch (trancheStatus(tranche, reached)) {
      case PAID -> throw new IncubatorException("grant.tranche.alreadyPaid", sequence);
      case GRANT_NOT_APPROVED -> throw new IncubatorException("grant.tranche.notApproved", status);
      case WAITING_FOR_MILESTONE ->
          throw new IncubatorException("grant.tranche.milestoneMissing", tranche.getMilestone());
      case WAITING_FOR_PREVIOUS ->
          throw new IncubatorException("grant.tranche.previousUnpaid", sequence);
      case PAYABLE -> {}
    }
    if (paidOn == null) {
      throw IncubatorException.onField("paidOn", "field.required");
    }
    if (method == null) {
      throw IncubatorException.onField("method", "field.required");
    }
    if (reference == null
        || reference.isBlank()
        || reference.strip().length() > GrantPayment.REFERENCE_LENGTH) {
      throw IncubatorException.onField(
          "reference", "grant.payment.reference", GrantPayment.REFERENCE_LENGTH);
    }
    if (!locked.equals(envelope)) {
      throw new IllegalStateException("A tranche is paid out of its own envelope");
    }
    var payment =
        new GrantPayment(this, tranche, paidOn, method, reference.strip(), token, by, when);
    payments.add(payment);
    locked.pay(tranche.getAmount());
    record(
        GrantAction.PAID,
        status,
        status,
        by,
        when,
        null,
        null,
        "tranche "
            + sequence
            + ": "
            + tranche.getAmount().getAmount().toPlainString()
            + " MAD, "
            + method
            + " "
            + reference.strip()
            + ", "
            + paidOn);
    return payment;
  }

  /** The project stops: the grant closes and what it has not paid goes back to the envelope. */
  public Money close(String reason, BudgetEnvelope locked, String by, Instant when) {
    Money unpaid = amount.minus(getPaid());
    moveTo(
        GrantStatus.CLOSED, GrantAction.CLOSED, by, when, requiredComment(reason, "closeReason"));
    locked.release(unpaid);
    return unpaid;
  }

  /** Every tranche and where it stands, given the milestones the person has {@code reached}. */
  public List<TrancheState> trancheStates(Set<Milestone> reached) {
    return tranches.stream()
        .map(
            t ->
                new TrancheState(
                    t.getSequence(),
                    t.getPercent(),
                    t.getAmount(),
                    t.getMilestone(),
                    trancheStatus(t, reached)))
        .toList();
  }

  /** The one rule of paying: approved, not paid yet, milestone reached, earlier tranches paid. */
  private TrancheStatus trancheStatus(Tranche tranche, Set<Milestone> reached) {
    if (isPaid(tranche.getSequence())) {
      return TrancheStatus.PAID;
    }
    if (status != GrantStatus.APPROVED) {
      return TrancheStatus.GRANT_NOT_APPROVED;
    }
    if (!reached.contains(tranche.getMilestone())) {
      return TrancheStatus.WAITING_FOR_MILESTONE;
    }
    boolean earlierUnpaid =
        tranches.stream()
            .anyMatch(t -> t.getSequence() < tranche.getSequence() && !isPaid(t.getSequence()));
    return earlierUnpaid ? TrancheStatus.WAITING_FOR_PREVIOUS : TrancheStatus.PAYABLE;
  }

  private Tranche tranche(int sequence) {
    return tranches.stream()
        .filter(t -> t.getSequence() == sequence)
        .findFirst()
        .orElseThrow(() -> new IncubatorException("grant.tranche.unknown", sequence));
  }

  public boolean isPaid(int sequence) {
    return payments.stream().anyMatch(p -> p.getTranche() == sequence);
  }

  public Money getPaid() {
    return payments.stream().map(GrantPayment::getAmount).reduce(Money.ZERO, Money::plus);
  }

  public List<GrantPayment> getPayments() {
    return List.copyOf(payments);
  }

  public int approvalsNeeded(Money twoReviewersAbove) {
    return amount.isGreaterThan(twoReviewersAbove) ? 2 : 1;
  }

  private void checkDecider(String reviewer) {
    if (status != GrantStatus.SUBMITTED) {
      throw new IncubatorException("grant.request.notSubmitted", status);
    }
    if (reviewer.equals(preparedBy)) {
      throw new IncubatorException("grant.review.ownRequest");
    }
  }

  /**
   * The entrepreneur as they were when decided on: the letter says who was granted, whatever is
   * corrected later.
   */
  private void keepDecidedIdentity() {
    decidedHolderName = application.getHolder().getFullName();
    decidedHolderCin = application.getHolder().getCin().getValue();
  }

  public String getDecidedHolderName() {
    return decidedHolderName != null ? decidedHolderName : application.getHolder().getFullName();
  }

  public String getDecidedHolderCin() {
    return decidedHolderCin != null
        ? decidedHolderCin
        : application.getHolder().getCin().getValue();
  }

  private static String requiredComment(String comment, String field) {
    if (comment == null || comment.isBlank()) {
      throw IncubatorException.onField(field, "grant.review.commentRequired");
    }
    if (comment.strip().length() > COMMENT_LENGTH) {
      throw IncubatorException.onField(field, "grant.review.commentTooLong", COMMENT_LENGTH);
    }
    return comment.strip();
  }

  private static String optionalComment(String comment) {
    return comment == null || comment.isBlank() ? null : requiredComment(comment, "comment");
  }

  private void moveTo(
      GrantStatus target, GrantAction action, String by, Instant when, String comment) {
    GrantStatus from = status;
    status = status.moveTo(target);
    record(action, from, target, by, when, optionalComment(comment), null, null);
  }

  private void record(
      GrantAction action,
      GrantStatus from,
      GrantStatus to,
      String by,
      Instant when,
      String comment,
      String oldValue,
      String newValue) {
    events.add(
        new GrantEvent(
            this, events.size() + 1, action, from, to, by, when, comment, oldValue, newValue));
  }

  /** The request's figures in one line, as the trail keeps them. */
  private String summary() {
    var text =
        new StringBuilder("amount=")
            .append(amount.getAmount().toPlainString())
            .append(" MAD; lines=");
    lines.forEach(
        l ->
            text.append(l.getCategory())
                .append(':')
                .append(l.getAmount().getAmount().toPlainString())
                .append(' '));
    text.append("; tranches=");
    tranches.forEach(
        t -> text.append(t.getPercent()).append("%/").append(t.getMilestone()).append(' '));
    String whole = text.toString().strip();
    return whole.length() > GrantEvent.DETAIL_LENGTH
        ? whole.substring(0, GrantEvent.DETAIL_LENGTH)
        : whole;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Application getApplication() {
    return application;
  }

  public BudgetEnvelope getEnvelope() {
    return envelope;
  }

  public int getRevision() {
    return revision;
  }

  public Money getAmount() {
    return amount;
  }

  /**
   * The returned version this one was prepared from, kept as the reviewers saw it; none for a first
   * request.
   */
  public GrantRequest getPrevious() {
    return previous;
  }

  /** The payment of a tranche, or null while it is unpaid. */
  public GrantPayment paymentOf(int sequence) {
    return payments.stream().filter(p -> p.getTranche() == sequence).findFirst().orElse(null);
  }

  public List<GrantLine> getLines() {
    return List.copyOf(lines);
  }

  public List<Tranche> getTranches() {
    return List.copyOf(tranches);
  }

  public String getJustification() {
    return justification;
  }

  public GrantStatus getStatus() {
    return status;
  }

  public String getPreparedBy() {
    return preparedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public List<Approval> getApprovals() {
    return List.copyOf(approvals);
  }

  public List<GrantEvent> getEvents() {
    return List.copyOf(events);
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof GrantRequest other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return GrantRequest.class.hashCode();
  }
}
