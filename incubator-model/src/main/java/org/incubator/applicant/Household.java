package org.incubator.applicant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.io.Serializable;
import java.util.Objects;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Money;

/**
 * The applicant's household: how many people live on its monthly income. The income per person is
 * what the eligibility ceiling looks at, so it is derived here, never typed.
 */
@Embeddable
public class Household implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final int MAX_SIZE = 30;

  @Column(name = "household_size", nullable = false)
  private int size;

  @Embedded
  @AttributeOverride(
      name = "amount",
      column = @Column(name = "household_monthly_income", nullable = false))
  private Money monthlyIncome;

  protected Household() {}

  public Household(int size, Money monthlyIncome) {
    if (size < 1 || size > MAX_SIZE) {
      throw IncubatorException.onField("householdSize", "applicant.householdSize.range");
    }
    if (Objects.requireNonNull(monthlyIncome, "monthlyIncome").isNegative()) {
      throw IncubatorException.onField("monthlyIncome", "applicant.money.negative");
    }
    this.size = size;
    this.monthlyIncome = monthlyIncome;
  }

  public int getSize() {
    return size;
  }

  public Money getMonthlyIncome() {
    return monthlyIncome;
  }

  public Money getIncomePerPerson() {
    return monthlyIncome.dividedBy(size);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Household other
        && size == other.size
        && monthlyIncome.equals(other.monthlyIncome);
  }

  @Override
  public int hashCode() {
    return Objects.hash(size, monthlyIncome);
  }
}
