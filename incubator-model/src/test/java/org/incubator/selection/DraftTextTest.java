package org.incubator.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.incubator.applicant.EducationLevel;
import org.incubator.applicant.Gender;
import org.incubator.applicant.ProjectHolderDetails;
import org.junit.jupiter.api.Test;

class DraftTextTest {

  @Test
  void whateverWasTypedComesBackAsItWasTyped() {
    var typed = new ProjectHolderDetails();
    typed.setFirstName("سلمى");
    typed.setLastName("El Amrani = \"quoted\"\nsecond line");
    typed.setBirthDate(LocalDate.of(2001, 4, 9));
    typed.setGender(Gender.FEMALE);
    typed.setHouseholdSize(5);
    typed.setMonthlyIncome(new BigDecimal("2500.50"));
    typed.setEducation(EducationLevel.VOCATIONAL);

    var back = DraftText.read(DraftText.write(typed));

    assertEquals("سلمى", back.getFirstName());
    assertEquals("El Amrani = \"quoted\"\nsecond line", back.getLastName());
    assertEquals(LocalDate.of(2001, 4, 9), back.getBirthDate());
    assertEquals(Gender.FEMALE, back.getGender());
    assertEquals(5, back.getHouseholdSize());
    assertEquals(new BigDecimal("2500.50"), back.getMonthlyIncome());
    assertEquals(EducationLevel.VOCATIONAL, back.getEducation());
    assertNull(back.getCin());
  }

  @Test
  void aValueThatNoLongerReadsIsLeftEmptyInsteadOfLosingTheDraft() {
    var back =
        DraftText.read(
            "firstName=Salma\ngender=SOMETHING_REMOVED\nbirthDate=not a date\nhouseholdSize=x\n");
    assertEquals("Salma", back.getFirstName());
    assertNull(back.getGender());
    assertNull(back.getBirthDate());
    assertNull(back.getHouseholdSize());
  }

  @Test
  void aDraftSavedWithAnExponentNumberBeforeTheFixIsDefusedWhenRead() {
    var back =
        assertTimeoutPreemptively(
            Duration.ofSeconds(1),
            () ->
                DraftText.read(
                    "firstName=Salma\nmonthlyIncome=1E+300000000\nestimatedBudget=1e-300000000\n"));
    assertEquals("Salma", back.getFirstName());
    assertNull(back.getMonthlyIncome());
    assertNull(back.getEstimatedBudget());
  }
}
