package org.incubator.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of Moroccan dirhams (MAD), exact to the centime. Amounts are never floating point;
 * every result is rounded half-even to two decimals.
 */
@Embeddable
public class Money implements Serializable, Comparable<Money> {

  private static final long serialVersionUID = 1L;
  public static final String CURRENCY = "MAD";
  public static final int SCALE = 2;
  public static final int PRECISION = 14;
  public static final Money ZERO = new Money(BigDecimal.ZERO);

  @Column(name = "amount", precision = PRECISION, scale = SCALE)
  private BigDecimal amount;

  protected Money() {}

  private Money(BigDecimal amount) {
    this.amount = Objects.requireNonNull(amount, "amount").setScale(SCALE, RoundingMode.HALF_EVEN);
  }

  public static Money mad(BigDecimal amount) {
    return new Money(amount);
  }

  public static Money mad(String amount) {
    return new Money(new BigDecimal(amount));
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(other.amount));
  }

  /** {@code percent} % of this amount, rounded half-even to the centime. */
  public Money percent(int percent) {
    return new Money(amount.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), SCALE, RoundingMode.HALF_EVEN));
  }

  /** This amount shared equally between {@code parts}, rounded half-even to the centime. */
  public Money dividedBy(int parts) {
    if (parts <= 0) {
      throw new IllegalArgumentException("parts must be positive: " + parts);
    }
    return new Money(amount.divide(BigDecimal.valueOf(parts), SCALE, RoundingMode.HALF_EVEN));
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }

  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money other && amount.compareTo(other.amount) == 0;
  }

  @Override
  public int hashCode() {
    return amount.stripTrailingZeros().hashCode();
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + CURRENCY;
  }
}
