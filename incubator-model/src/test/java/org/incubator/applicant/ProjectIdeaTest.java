package org.incubator.applicant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.incubator.shared.IncubatorException;
import org.incubator.shared.Money;
import org.junit.jupiter.api.Test;

class ProjectIdeaTest {

  @Test
  void theFundingNeedIsWhatTheBudgetLacksBeyondTheOwnContribution() {
    var idea =
        new ProjectIdea(
            " Bakery ", Trade.FOOD_PROCESSING, "  ", Money.mad("25000"), Money.mad("2500.50"));
    assertEquals(Money.mad("22499.50"), idea.getFundingNeed());
    assertEquals("Bakery", idea.getTitle());
    assertEquals(null, idea.getDescription());
  }

  @Test
  void theOwnContributionMayEqualTheBudgetButNotExceedIt() {
    new ProjectIdea("Shop", Trade.RETAIL, null, Money.mad("10000"), Money.mad("10000"));
    var refusal =
        assertThrows(
            IncubatorException.class,
            () ->
                new ProjectIdea(
                    "Shop", Trade.RETAIL, null, Money.mad("10000"), Money.mad("10000.01")));
    assertEquals("applicant.ownContribution.exceedsBudget", refusal.getMessageKey());
    assertEquals("ownContribution", refusal.getField().orElseThrow());
  }

  @Test
  void amountsCannotBeNegative() {
    var refusal =
        assertThrows(
            IncubatorException.class,
            () -> new ProjectIdea("Shop", Trade.RETAIL, null, Money.mad("-1"), Money.mad("0")));
    assertEquals("estimatedBudget", refusal.getField().orElseThrow());
  }
}
