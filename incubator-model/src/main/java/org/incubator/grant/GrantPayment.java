package org.incubator.grant;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.incubator.identity.UserAccount;
import org.incubator.shared.Money;

/**
 * The payment of one tranche. A tranche is paid once: the database holds one payment per request
 * and tranche, and one per form submission (its token), so a double click or a replayed form finds
 * the payment already made instead of paying again.
 */
@Entity
@Table(name = "grant_payment")
public class GrantPayment {

  public static final int REFERENCE_LENGTH = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id", nullable = false, updatable = false)
  private GrantRequest request;

  @Column(name = "tranche", nullable = false, updatable = false)
  private int tranche;

  @Embedded
  @AttributeOverride(
      name = "amount",
      column = @Column(name = "amount", nullable = false, updatable = false))
  private Money amount;

  @Column(name = "paid_on", nullable = false, updatable = false)
  private LocalDate paidOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "method", length = 20, nullable = false, updatable = false)
  private PaymentMethod method;

  @Column(name = "reference", length = REFERENCE_LENGTH, nullable = false, updatable = false)
  private String reference;

  @Column(name = "token", length = 36, nullable = false, updatable = false)
  private String token;

  @Column(
      name = "recorded_by",
      length = UserAccount.USERNAME_LENGTH,
      nullable = false,
      updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected GrantPayment() {}

  GrantPayment(
      GrantRequest request,
      Tranche tranche,
      LocalDate paidOn,
      PaymentMethod method,
      String reference,
      String token,
      String by,
      Instant when) {
    this.request = Objects.requireNonNull(request, "request");
    this.tranche = tranche.getSequence();
    this.amount = tranche.getAmount();
    this.paidOn = Objects.requireNonNull(paidOn, "paidOn");
    this.method = Objects.requireNonNull(method, "method");
    this.reference = Objects.requireNonNull(reference, "reference");
    this.token = Objects.requireNonNull(token, "token");
    this.recordedBy = Objects.requireNonNull(by, "by");
    this.recordedAt = Objects.requireNonNull(when, "when");
  }

  public Long getId() {
    return id;
  }

  public int getTranche() {
    return tranche;
  }

  public Money getAmount() {
    return amount;
  }

  public LocalDate getPaidOn() {
    return paidOn;
  }

  public PaymentMethod getMethod() {
    return method;
  }

  public String getReference() {
    return reference;
  }

  public String getToken() {
    return token;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
