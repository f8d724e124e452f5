package org.incubator.applicant;

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
import org.incubator.identity.UserAccount;
import org.incubator.shared.IncubatorException;

/**
 * An online account's claim to be the person of a holder's file, which a mentor confirms by
 * checking their CIN card — or refuses. Until confirmed, the account sees nothing of the file but
 * what it sent itself, and nothing the centre records for that CIN attaches to it.
 */
@Entity
@Table(name = "identity_claim")
public class IdentityClaim {

  public static final int REASON_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(
      name = "account",
      length = UserAccount.USERNAME_LENGTH,
      nullable = false,
      updatable = false)
  private String account;

  @Column(name = "cin", length = 10, nullable = false, updatable = false)
  private String cin;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "holder_id", nullable = false, updatable = false)
  private ProjectHolder holder;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 20, nullable = false)
  private ClaimStatus status;

  @Column(name = "claimed_at", nullable = false, updatable = false)
  private Instant claimedAt;

  @Column(name = "decided_by", length = UserAccount.USERNAME_LENGTH)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "reason", length = REASON_LENGTH)
  private String reason;

  protected IdentityClaim() {}

  public IdentityClaim(String account, ProjectHolder holder, Instant when) {
    this.account = Objects.requireNonNull(account, "account");
    this.holder = Objects.requireNonNull(holder, "holder");
    this.cin = holder.getCin().getValue();
    this.claimedAt = Objects.requireNonNull(when, "when");
    this.status = ClaimStatus.TO_CONFIRM;
  }

  /** The mentor saw the person's CIN card: the account now owns the file. */
  public void confirm(String mentor, Instant when) {
    requireWaiting();
    holder.confirmAccount(account, mentor, when);
    decide(ClaimStatus.CONFIRMED, mentor, when, null);
  }

  /** Not this person: the claim ends, and a link it made is undone. */
  public void refuse(String mentor, Instant when, String why) {
    requireWaiting();
    String reason = required(why);
    holder.unlinkAccount(account, mentor, when, reason);
    decide(ClaimStatus.REFUSED, mentor, when, reason);
  }

  /** A confirmed link found wrong afterwards: undone, with why. */
  public void unlink(String mentor, Instant when, String why) {
    if (status != ClaimStatus.CONFIRMED) {
      throw new IncubatorException("applicant.claim.notConfirmed");
    }
    String reason = required(why);
    holder.unlinkAccount(account, mentor, when, reason);
    decide(ClaimStatus.UNLINKED, mentor, when, reason);
  }

  private void requireWaiting() {
    if (status != ClaimStatus.TO_CONFIRM) {
      throw new IncubatorException("applicant.claim.decided");
    }
  }

  private static String required(String why) {
    if (why == null || why.isBlank()) {
      throw IncubatorException.onField("claimReason", "applicant.claim.reasonRequired");
    }
    if (why.strip().length() > REASON_LENGTH) {
      throw IncubatorException.onField("claimReason", "field.maxLength", REASON_LENGTH);
    }
    return why.strip();
  }

  private void decide(ClaimStatus to, String by, Instant when, String why) {
    status = to;
    decidedBy = Objects.requireNonNull(by, "by");
    decidedAt = Objects.requireNonNull(when, "when");
    reason = why;
  }

  public Long getId() {
    return id;
  }

  public String getAccount() {
    return account;
  }

  public String getCin() {
    return cin;
  }

  public ProjectHolder getHolder() {
    return holder;
  }

  public ClaimStatus getStatus() {
    return status;
  }

  public Instant getClaimedAt() {
    return claimedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getReason() {
    return reason;
  }
}
