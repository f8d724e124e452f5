package org.incubator.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
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

  @Test
  void refusesWhatTheColumnCannotHoldBeforeScalingIt() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(1),
        () -> {
          for (String bomb : new String[] {"1E+300000000", "1E-300000000", "-9E+999999999"}) {
            var refused =
                assertThrows(IncubatorException.class, () -> Money.mad(new BigDecimal(bomb)), bomb);
            assertEquals("money.outOfRange", refused.getMessageKey());
          }
        });
    assertThrows(IncubatorException.class, () -> Money.mad("1000000000000"));
    assertEquals(new BigDecimal("999999999999.99"), Money.mad("999999999999.99").getAmount());
    assertEquals(new BigDecimal("0.00"), Money.mad("0.001").getAmount());
  }

  @Test
  void readsAnAmountAsPeopleTypeIt() {
    assertEquals(new BigDecimal("1500.50"), Money.readAmount("1500.50"));
    assertEquals(new BigDecimal("1500.5"), Money.readAmount(" 1 500,5 "));
    assertEquals(new BigDecimal("1234567"), Money.readAmount("1\u202F234\u00A0567"));
    assertEquals(
        new BigDecimal("2500.75"), Money.readAmount("\u0662\u0665\u0660\u0660\u066B\u0667\u0665"));
    assertEquals(new BigDecimal("-3"), Money.readAmount("-3"));
    assertEquals(new BigDecimal("999999999999.99"), Money.readAmount("999999999999.99"));
  }

  @Test
  void refusesExponentsLongNumbersAndOtherText() {
    for (String typed :
        new String[] {
          "1E+300000000",
          "1e5",
          "1000000000000",
          "1.234",
          "12,34,5",
          "1.2.3",
          "",
          " ",
          "abc",
          "<b>1</b>",
          "1;DROP TABLE x",
          "NaN",
          "Infinity",
          "0x10",
          "\u202E1500",
          "9".repeat(10_000)
        }) {
      assertThrows(IllegalArgumentException.class, () -> Money.readAmount(typed), typed);
    }
  }
}
