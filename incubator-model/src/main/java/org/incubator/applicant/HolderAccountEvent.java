package org.incubator.applicant;

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
import java.util.Objects;
import org.incubator.identity.UserAccount;

/**
 * One link of a holder's file to an account, or its confirmation or undoing: who, when, why.
 * Append-only.
 */
@Entity
@Table(name = "holder_account_event")
public class HolderAccountEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "holder_id", nullable = false, updatable = false)
  private ProjectHolder holder;

  @Column(
      name = "account",
      length = UserAccount.USERNAME_LENGTH,
      nullable = false,
      updatable = false)
  private String account;

  @Column(name = "action", length = 20, nullable = false, updatable = false)
  private String action;

  @Column(
      name = "done_by",
      length = UserAccount.USERNAME_LENGTH,
      nullable = false,
      updatable = false)
  private String doneBy;

  @Column(name = "done_at", nullable = false, updatable = false)
  private Instant doneAt;

  @Column(name = "reason", length = IdentityClaim.REASON_LENGTH, updatable = false)
  private String reason;

  protected HolderAccountEvent() {}

  HolderAccountEvent(
      ProjectHolder holder, String account, String action, String by, Instant when, String reason) {
    this.holder = Objects.requireNonNull(holder, "holder");
    this.account = Objects.requireNonNull(account, "account");
    this.action = Objects.requireNonNull(action, "action");
    this.doneBy = Objects.requireNonNull(by, "by");
    this.doneAt = Objects.requireNonNull(when, "when");
    this.reason = reason;
  }

  public String getAccount() {
    return account;
  }

  public String getAction() {
    return action;
  }

  public String getDoneBy() {
    return doneBy;
  }

  public Instant getDoneAt() {
    return doneAt;
  }

  public String getReason() {
    return reason;
  }
}
