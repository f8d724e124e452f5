package org.incubator.grant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.incubator.identity.UserAccount;
import org.incubator.selection.Application;
import org.incubator.selection.CallForApplications;
import org.incubator.selection.Cohort;
import org.incubator.shared.DateRange;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Money;

/**
 * The foundation's allocation for seed grants: an amount from a funding source, for a period and
 * the calls or cohorts it funds. Approved grants are committed against it and paid out of it; it is
 * never committed beyond its amount (the services lock it, the database checks it).
 */
@Entity
@Table(name = "budget_envelope")
public class BudgetEnvelope {

  public static final int NAME_LENGTH = 150;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "name", length = NAME_LENGTH, nullable = false)
  private String name;

  @Column(name = "funding_source", length = NAME_LENGTH, nullable = false)
  private String fundingSource;

  @Embedded
  @AttributeOverride(name = "amount", column = @Column(name = "amount", nullable = false))
  private Money amount;

  @Embedded
  @AttributeOverride(name = "amount", column = @Column(name = "committed", nullable = false))
  private Money committed = Money.ZERO;

  @Embedded
  @AttributeOverride(name = "amount", column = @Column(name = "paid", nullable = false))
  private Money paid = Money.ZERO;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "start", column = @Column(name = "starts_on", nullable = false)),
    @AttributeOverride(name = "end", column = @Column(name = "ends_on", nullable = false))
  })
  private DateRange period;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "envelope_call",
      joinColumns = @JoinColumn(name = "envelope_id"),
      inverseJoinColumns = @JoinColumn(name = "call_id"))
  private Set<CallForApplications> calls = new HashSet<>();

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "envelope_cohort",
      joinColumns = @JoinColumn(name = "envelope_id"),
      inverseJoinColumns = @JoinColumn(name = "cohort_id"))
  private Set<Cohort> cohorts = new HashSet<>();

  @Column(
      name = "created_by",
      length = UserAccount.USERNAME_LENGTH,
      nullable = false,
      updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected BudgetEnvelope() {}

  public BudgetEnvelope(
      String name,
      String fundingSource,
      Money amount,
      DateRange period,
      Set<CallForApplications> calls,
      Set<Cohort> cohorts,
      String by,
      Instant when) {
    if (name == null || name.isBlank()) {
      throw IncubatorException.onField("name", "field.required");
    }
    if (fundingSource == null || fundingSource.isBlank()) {
      throw IncubatorException.onField("fundingSource", "field.required");
    }
    if (amount == null || !amount.isGreaterThan(Money.ZERO)) {
      throw IncubatorException.onField("amount", "grant.amount.positive");
    }
    if (calls.isEmpty() && cohorts.isEmpty()) {
      throw IncubatorException.onField("callIds", "grant.envelope.noCall");
    }
    this.name = name.strip();
    this.fundingSource = fundingSource.strip();
    this.amount = amount;
    this.period = Objects.requireNonNull(period, "period");
    this.calls = new HashSet<>(calls);
    this.cohorts = new HashSet<>(cohorts);
    this.createdBy = Objects.requireNonNull(by, "by");
    this.createdAt = Objects.requireNonNull(when, "when");
  }

  /** Sets an approved amount aside, or refuses saying what is left. */
  void commit(Money sum) {
    if (sum.isGreaterThan(getAvailable())) {
      throw new IncubatorException(
          "grant.envelope.insufficient",
          name,
          getAvailable().getAmount().toPlainString(),
          sum.getAmount().toPlainString());
    }
    committed = committed.plus(sum);
  }

  /** Gives back what an approved grant will never pay (a closed project's unpaid tranches). */
  void release(Money sum) {
    committed = committed.minus(sum);
  }

  void pay(Money sum) {
    paid = paid.plus(sum);
  }

  /**
   * Whether a grant to this admitted entrepreneur may come out of this envelope: it funds their
   * call or their cohort.
   */
  public boolean funds(Application admitted) {
    return calls.contains(admitted.getCall())
        || admitted.getCohort().filter(cohorts::contains).isPresent();
  }

  /** What can still be committed. */
  public Money getAvailable() {
    return amount.minus(committed);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getFundingSource() {
    return fundingSource;
  }

  public Money getAmount() {
    return amount;
  }

  public Money getCommitted() {
    return committed;
  }

  public Money getPaid() {
    return paid;
  }

  public DateRange getPeriod() {
    return period;
  }

  public Set<CallForApplications> getCalls() {
    return Set.copyOf(calls);
  }

  public Set<Cohort> getCohorts() {
    return Set.copyOf(cohorts);
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof BudgetEnvelope other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return BudgetEnvelope.class.hashCode();
  }
}
