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

  /** Digits before the point that a DECIMAL(14,2) column holds. */
  public static final int INTEGER_DIGITS = PRECISION - SCALE;

  public static final Money ZERO = new Money(BigDecimal.ZERO);

  /**
   * The longest amount anyone types: twelve digits, a separator, two decimals, a sign and spaces.
   * Longer text is not read as an amount; forms take no more.
   */
  public static final int MAX_TYPED_LENGTH = 24;

  @Column(name = "amount", precision = PRECISION, scale = SCALE)
  private BigDecimal amount;

  protected Money() {}

  private Money(BigDecimal amount) {
    this.amount =
        checkedRange(Objects.requireNonNull(amount, "amount"))
            .setScale(SCALE, RoundingMode.HALF_EVEN);
  }

  /**
   * Refuses, before any scaling, what DECIMAL(14,2) cannot hold: scaling {@code 1E+300000000} or
   * {@code 1E-300000000} to the centime would build a number of hundreds of millions of digits.
   */
  private static BigDecimal checkedRange(BigDecimal amount) {
    if (amount.precision() - amount.scale() > INTEGER_DIGITS || amount.scale() > PRECISION) {
      throw new IncubatorException("money.outOfRange", INTEGER_DIGITS);
    }
    return amount;
  }

  /**
   * An amount as a person types it: digits (Latin or Arabic-Indic), at most one decimal point or
   * comma followed by at most two decimals, spaces between thousands, an optional minus sign; no
   * exponent and never more digits than the column holds. Throws IllegalArgumentException
   * otherwise.
   */
  public static BigDecimal readAmount(String typed) {
    if (typed == null || typed.length() > MAX_TYPED_LENGTH) {
      throw new IllegalArgumentException("Not an amount");
    }
    var plain = new StringBuilder();
    for (char ch : typed.strip().toCharArray()) {
      if (Character.isDigit(ch)) {
        plain.append((char) ('0' + Character.digit(ch, 10)));
      } else if (ch == ',' || ch == '.' || ch == '\u066B') {
        plain.append('.');
      } else if (ch == '-' || ch == '\u2212') {
        plain.append('-');
      } else if (!Character.isSpaceChar(ch)) {
        throw new IllegalArgumentException("Not an amount");
      }
    }
    String text = plain.toString();
    if (!text.matches("-?\\d{1," + INTEGER_DIGITS + "}(\\.\\d{1," + SCALE + "})?")) {
      throw new IllegalArgumentException("Not an amount");
    }
    return new BigDecimal(text);
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
    return new Money(
        amount
            .multiply(BigDecimal.valueOf(percent))
            .divide(BigDecimal.valueOf(100), SCALE, RoundingMode.HALF_EVEN));
  }

  /** This amount {@code times} times over: a quantity at a unit cost. */
  public Money times(int times) {
    return new Money(amount.multiply(BigDecimal.valueOf(times)));
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
