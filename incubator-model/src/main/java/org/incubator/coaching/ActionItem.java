package org.incubator.coaching;

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
import java.time.LocalDate;
import org.incubator.identity.UserAccount;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.TypedText;
import org.incubator.training.Participant;

/**
 * What was agreed in a session: what, who does it (the entrepreneur or the mentor), by when. Open
 * until done — by its owner, or by the lead mentor on behalf of an entrepreneur without a
 * smartphone, which it says — or dropped for a reason.
 */
@Entity
@Table(name = "action_item")
public class ActionItem {

  public static final int WHAT_LENGTH = 300;
  public static final int REASON_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "participant_id", nullable = false, updatable = false)
  private Participant participant;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id", nullable = false, updatable = false)
  private CoachingSession session;

  @Column(name = "what", length = WHAT_LENGTH, nullable = false)
  private String what;

  @Enumerated(EnumType.STRING)
  @Column(name = "owner", length = 20, nullable = false)
  private ActionOwner owner;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 20, nullable = false)
  private ActionStatus status;

  @Column(name = "drop_reason", length = REASON_LENGTH)
  private String dropReason;

  @Column(name = "on_behalf", nullable = false)
  private boolean onBehalf;

  @Column(name = "closed_by", length = UserAccount.USERNAME_LENGTH)
  private String closedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(
      name = "agreed_by",
      length = UserAccount.USERNAME_LENGTH,
      nullable = false,
      updatable = false)
  private String agreedBy;

  @Column(name = "agreed_at", nullable = false, updatable = false)
  private Instant agreedAt;

  protected ActionItem() {}

  /**
   * An action agreed in {@code session}; a refusal names the field of the form's {@code line} it
   * concerns ({@code actionWhat0}, {@code actionDue1}…).
   */
  public static ActionItem agreed(
      CoachingSession session, ActionDetails details, int line, String by, Instant when) {
    var item = new ActionItem();
    item.what = TypedText.required(details.getWhat(), "actionWhat" + line, WHAT_LENGTH);
    if (details.getOwner() == null) {
      throw IncubatorException.onField("actionOwner" + line, "field.required");
    }
    if (details.getDueOn() == null) {
      throw IncubatorException.onField("actionDue" + line, "field.required");
    }
    if (details.getDueOn().isBefore(session.getDay())) {
      throw IncubatorException.onField("actionDue" + line, "coaching.action.dueBeforeSession");
    }
    item.session = session;
    item.participant = session.getParticipant();
    item.owner = details.getOwner();
    item.dueOn = details.getDueOn();
    item.status = ActionStatus.OPEN;
    item.agreedBy = by;
    item.agreedAt = when;
    return item;
  }

  /** Done by its owner, or — {@code onBehalf} — by a mentor for the entrepreneur. */
  public void done(boolean onBehalf, String by, Instant when) {
    expectOpen();
    if (onBehalf && owner != ActionOwner.ENTREPRENEUR) {
      throw new IllegalArgumentException("Only an entrepreneur's action is done on their behalf");
    }
    this.status = ActionStatus.DONE;
    this.onBehalf = onBehalf;
    this.closedBy = by;
    this.closedAt = when;
  }

  /** No longer needed, for the reason given. */
  public void drop(String reason, String by, Instant when) {
    expectOpen();
    this.dropReason = TypedText.required(reason, "dropReason", REASON_LENGTH);
    this.status = ActionStatus.DROPPED;
    this.closedBy = by;
    this.closedAt = when;
  }

  /** Open after its due day. */
  public boolean isOverdueOn(LocalDate today) {
    return status == ActionStatus.OPEN && dueOn.isBefore(today);
  }

  private void expectOpen() {
    if (status != ActionStatus.OPEN) {
      throw new IncubatorException("coaching.action.closed", status);
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

  public CoachingSession getSession() {
    return session;
  }

  public String getWhat() {
    return what;
  }

  public ActionOwner getOwner() {
    return owner;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public ActionStatus getStatus() {
    return status;
  }

  public String getDropReason() {
    return dropReason;
  }

  public boolean isOnBehalf() {
    return onBehalf;
  }

  public String getClosedBy() {
    return closedBy;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
