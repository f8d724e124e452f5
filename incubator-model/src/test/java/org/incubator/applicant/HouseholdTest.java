package org.incubator.applicant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.incubator.shared.IncubatorException;
import org.incubator.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HouseholdTest {

  @ParameterizedTest
  @CsvSource({
    "1, 1800, 1800.00",
    "4, 3000, 750.00",
    "6, 2500, 416.67",
    "7, 0, 0.00",
    "3, 1000.01, 333.34"
  })
  void incomePerPersonIsTheIncomeSharedByEveryoneInTheHousehold(
      int size, String income, String perPerson) {
    assertEquals(Money.mad(perPerson), new Household(size, Money.mad(income)).getIncomePerPerson());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 31})
  void aHouseholdHasOneToThirtyPeople(int size) {
    var refusal =
        assertThrows(IncubatorException.class, () -> new Household(size, Money.mad("1000")));
    assertEquals("householdSize", refusal.getField().orElseThrow());
  }

  @Test
  void anIncomeCannotBeNegative() {
    var refusal = assertThrows(IncubatorException.class, () -> new Household(3, Money.mad("-1")));
    assertEquals("monthlyIncome", refusal.getField().orElseThrow());
  }
}
