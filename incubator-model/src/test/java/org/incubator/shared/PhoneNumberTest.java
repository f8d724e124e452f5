package org.incubator.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

  @ParameterizedTest
  @CsvSource({
    "06 12 34 56 78, +212612345678",
    "0712345678, +212712345678",
    "+212 5 22 12 34 56, +212522123456",
    "00212-661-234567, +212661234567",
    "(06) 12.34.56.78, +212612345678"
  })
  void isStoredInInternationalForm(String typed, String stored) {
    PhoneNumber phone = PhoneNumber.of(typed);
    assertEquals(stored, phone.getValue());
    assertEquals("0" + stored.substring(4), phone.getNational());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0612", "0812345678", "+33612345678", "06123456789", "phone"})
  void isRefusedOnItsFieldWhenItIsNotAMoroccanNumber(String typed) {
    var refusal = assertThrows(IncubatorException.class, () -> PhoneNumber.of(typed));
    assertEquals("applicant.phone.invalid", refusal.getMessageKey());
    assertEquals("phone", refusal.getField().orElseThrow());
  }
}
