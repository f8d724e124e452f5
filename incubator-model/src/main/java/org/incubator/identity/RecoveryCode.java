package org.incubator.identity;

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

/**
 * A one-time code that stands in for the second factor when the phone is lost; only its hash is
 * kept.
 */
@Entity
@Table(name = "recovery_code")
public class RecoveryCode {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false, updatable = false)
  private UserAccount account;

  @Column(name = "code_hash", length = 64, nullable = false, updatable = false)
  private String codeHash;

  @Column(name = "used_at")
  private Instant usedAt;

  protected RecoveryCode() {}

  public RecoveryCode(UserAccount account, String codeHash) {
    this.account = Objects.requireNonNull(account, "account");
    this.codeHash = Objects.requireNonNull(codeHash, "codeHash");
  }

  public boolean isUsed() {
    return usedAt != null;
  }

  public void use(Instant when) {
    if (isUsed()) {
      throw new IllegalStateException("A recovery code is used once");
    }
    usedAt = when;
  }
}
