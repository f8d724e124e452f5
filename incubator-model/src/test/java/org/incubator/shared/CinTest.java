package org.incubator.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CinTest {

  @ParameterizedTest
  @CsvSource({
    "BE123456, BE123456",
    "be 123 456, BE123456",
    "be-123456, BE123456",
    "  a12 , A12",
    "X1, X1",
    "JK.654321, JK654321"
  })
  void isStoredInUpperCaseWithoutSeparators(String typed, String stored) {
    assertEquals(stored, Cin.of(typed).getValue());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "   ", "123456", "ABC123", "B1234567", "BE", "B-E", "É12345", "BE12a4"})
  void isRefusedOnItsFieldWhenItIsNotOneOrTwoLettersAndUpToSixDigits(String typed) {
    var refusal = assertThrows(IncubatorException.class, () -> Cin.of(typed));
    assertEquals("applicant.cin.invalid", refusal.getMessageKey());
    assertEquals("cin", refusal.getField().orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"bk 100000", "BK-100000"})
  void twoWaysOfWritingTheSameCinAreEqual(String typed) {
    assertEquals(Cin.of("BK100000"), Cin.of(typed));
    assertEquals(Cin.of("BK100000").hashCode(), Cin.of(typed).hashCode());
  }

  @org.junit.jupiter.api.Test
  void nothingIsNoCin() {
    assertTrue(Cin.parse(null).isEmpty());
  }
}
