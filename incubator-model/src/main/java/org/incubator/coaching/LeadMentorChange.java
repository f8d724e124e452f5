package org.incubator.coaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.incubator.identity.UserAccount;

/**
 * One change of a person's lead mentor: from whom, to whom, why, who decided, when. Written once.
 */
@Entity
@Table(name = "lead_mentor_change")
public class LeadMentorChange {

  public static final int REASON_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "mentorship_id", nullable = false, updatable = false)
  private Mentorship mentorship;

  @Column(name = "from_mentor", length = UserAccount.USERNAME_LENGTH, updatable = false)
  private String from;

  @Column(
      name = "to_mentor",
      length = UserAccount.USERNAME_LENGTH,
      nullable = false,
      updatable = false)
  private String to;

  @Column(name = "reason", length = REASON_LENGTH, updatable = false)
  private String reason;

  @Column(
      name = "done_by",
      length = UserAccount.USERNAME_LENGTH,
      nullable = false,
      updatable = false)
  private String by;

  @Column(name = "done_at", nullable = false, updatable = false)
  private Instant at;

  protected LeadMentorChange() {}

  LeadMentorChange(
      Mentorship mentorship, String from, String to, String reason, String by, Instant at) {
    this.mentorship = mentorship;
    this.from = from;
    this.to = to;
    this.reason = reason;
    this.by = by;
    this.at = at;
  }

  public Optional<String> getFrom() {
    return Optional.ofNullable(from);
  }

  public String getTo() {
    return to;
  }

  public String getReason() {
    return reason;
  }

  public String getBy() {
    return by;
  }

  public Instant getAt() {
    return at;
  }
}
