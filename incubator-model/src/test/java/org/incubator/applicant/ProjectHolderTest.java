package org.incubator.applicant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Province;
import org.incubator.shared.Region;
import org.junit.jupiter.api.Test;

class ProjectHolderTest {

  private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

  private static ProjectHolderDetails valid() {
    var d = new ProjectHolderDetails();
    d.setFirstName(" Salma ");
    d.setLastName("Bennani");
    d.setCin("be 123456");
    d.setBirthDate(LocalDate.of(2001, 3, 15));
    d.setGender(Gender.FEMALE);
    d.setPhone("06 61 23 45 67");
    d.setProvinceCode("CASABLANCA");
    d.setHouseholdSize(5);
    d.setMonthlyIncome(new BigDecimal("2000"));
    d.setEducation(EducationLevel.SECONDARY);
    d.setProjectTitle("Sewing workshop");
    d.setTrade(Trade.SEWING_TEXTILE);
    d.setEstimatedBudget(new BigDecimal("30000"));
    d.setOwnContribution(new BigDecimal("3000"));
    return d;
  }

  private static Province province() {
    return new Province(
        "CASABLANCA",
        new Region("MA-06", "الدار البيضاء سطات", "Casablanca-Settat", "Casablanca-Settat"),
        "الدار البيضاء",
        "Casablanca",
        "Casablanca");
  }

  @Test
  void registeringNormalisesWhatWasTypedAndRecordsWhoDidIt() {
    var holder = new ProjectHolder(valid(), province(), "mentor", NOW);
    assertEquals("Salma", holder.getFirstName());
    assertEquals("BE123456", holder.getCin().getValue());
    assertEquals("+212661234567", holder.getPhone().getValue());
    assertEquals(new BigDecimal("400.00"), holder.getHousehold().getIncomePerPerson().getAmount());
    assertEquals(Disability.NONE, holder.getDisability());
    assertEquals("mentor", holder.getRegisteredBy());
    assertEquals(NOW, holder.getUpdatedAt());
    assertEquals(25, holder.ageOn(LocalDate.of(2026, 11, 29)));
  }

  @Test
  void theDetailsComeBackAsTheyWereStoredForEditing() {
    var holder = new ProjectHolder(valid(), province(), "mentor", NOW);
    ProjectHolderDetails details = holder.toDetails();
    assertEquals("BE123456", details.getCin());
    assertEquals("0661234567", details.getPhone());
    details.setLastName("Alaoui");
    holder.revise(details, province(), "mentor2", NOW.plusSeconds(60));
    assertEquals("Alaoui", holder.getLastName());
    assertEquals("mentor", holder.getRegisteredBy());
    assertEquals("mentor2", holder.getUpdatedBy());
  }

  @Test
  void aBirthDateInTheFutureIsRefusedOnItsField() {
    var details = valid();
    details.setBirthDate(LocalDate.of(2027, 1, 1));
    var refusal =
        assertThrows(
            IncubatorException.class, () -> new ProjectHolder(details, province(), "mentor", NOW));
    assertEquals("birthDate", refusal.getField().orElseThrow());
  }

  @Test
  void aMissingRequiredValueIsRefusedOnItsField() {
    var details = valid();
    details.setProjectTitle("  ");
    var refusal =
        assertThrows(
            IncubatorException.class, () -> new ProjectHolder(details, province(), "mentor", NOW));
    assertEquals("field.required", refusal.getMessageKey());
    assertEquals("projectTitle", refusal.getField().orElseThrow());
  }

  @Test
  void aRevisionThatBreaksARuleChangesNothing() {
    var holder = new ProjectHolder(valid(), province(), "mentor", NOW);
    var details = holder.toDetails();
    details.setLastName("Changed");
    details.setOwnContribution(new BigDecimal("40000"));
    assertThrows(
        IncubatorException.class, () -> holder.revise(details, province(), "mentor2", NOW));
    assertEquals("Bennani", holder.getLastName());
  }

  @Test
  void aMentorsIdentityChangesAreKeptWithTheirOldAndNewValues() {
    var holder = new ProjectHolder(valid(), province(), "mentor", NOW);
    var corrected = valid();
    corrected.setLastName("Bennani-Alaoui");
    corrected.setMonthlyIncome(new BigDecimal("1800"));
    corrected.setPhone("06 70 00 00 00");
    holder.revise(corrected, province(), "mentor2", NOW.plusSeconds(60));

    assertEquals(
        java.util.List.of(
            "lastName: Bennani -> Bennani-Alaoui by mentor2",
            "monthlyIncome: 2000.00 -> 1800.00 by mentor2"),
        holder.getIdentityChanges().stream()
            .map(
                c ->
                    c.getField()
                        + ": "
                        + c.getOldValue()
                        + " -> "
                        + c.getNewValue()
                        + " by "
                        + c.getBy())
            .toList(),
        "a new phone number is not an identity change");
  }

  @Test
  void onceDecidedThePersonsOwnFormCannotChangeWhoTheyAre() {
    var holder = new ProjectHolder(valid(), province(), "mentor", NOW);
    for (var change :
        java.util.List.<java.util.function.Consumer<ProjectHolderDetails>>of(
            d -> d.setLastName("Someone Else"),
            d -> d.setCin("BK999999"),
            d -> d.setBirthDate(LocalDate.of(1999, 1, 1)),
            d -> d.setMonthlyIncome(new BigDecimal("100")))) {
      var typed = valid();
      change.accept(typed);
      var refused =
          assertThrows(
              IncubatorException.class,
              () -> holder.reviseOwn(typed, province(), true, "salma", NOW));
      assertEquals("applicant.identity.locked", refused.getMessageKey());
    }
    assertEquals("Bennani", holder.getLastName());

    var newPhone = valid();
    newPhone.setPhone("06 70 00 00 00");
    newPhone.setProjectTitle("Sewing and embroidery");
    holder.reviseOwn(newPhone, province(), true, "salma", NOW);
    assertEquals(
        "+212670000000", holder.getPhone().getValue(), "the rest of the form stays theirs");

    var beforeAnyDecision = valid();
    beforeAnyDecision.setLastName("Bennani-Alaoui");
    holder.reviseOwn(beforeAnyDecision, province(), false, "salma", NOW);
    assertEquals("Bennani-Alaoui", holder.getLastName());
  }
}
