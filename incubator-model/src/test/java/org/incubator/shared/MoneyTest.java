package org.incubator.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void keepsTwoDecimalsRoundingHalfEven() {
    assertEquals(new BigDecimal("10.12"), Money.mad("10.125").getAmount());
    assertEquals(new BigDecimal("10.14"), Money.mad("10.135").getAmount());
    assertEquals(new BigDecimal("7.00"), Money.mad("7").getAmount());
  }

  @Test
  void sharesAnAmountToTheCentime() {
    assertEquals(Money.mad("333.33"), Money.mad("1000").dividedBy(3));
    assertEquals(Money.mad("416.67"), Money.mad("2500").dividedBy(6));
    assertThrows(IllegalArgumentException.class, () -> Money.mad("10").dividedBy(0));
  }

  @Test
  void addsSubtractsAndComparesExactly() {
    assertEquals(Money.mad("0.30"), Money.mad("0.10").plus(Money.mad("0.20")));
    assertEquals(Money.mad("-0.10"), Money.mad("0.10").minus(Money.mad("0.20")));
    assertTrue(Money.mad("0.10").minus(Money.mad("0.20")).isNegative());
    assertTrue(Money.mad("30000.01").isGreaterThan(Money.mad("30000")));
    assertFalse(Money.mad("30000.00").isGreaterThan(Money.mad("30000")));
  }

  @Test
  void equalAmountsAreEqualWhateverTheirScale() {
    assertEquals(Money.mad("5"), Money.mad("5.00"));
    assertEquals(Money.mad("5").hashCode(), Money.mad("5.00").hashCode());
    assertEquals("5.00 MAD", Money.mad("5").toString());
  }
}
