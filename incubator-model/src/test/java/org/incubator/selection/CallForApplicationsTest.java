package org.incubator.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.incubator.applicant.EducationLevel;
import org.incubator.applicant.Gender;
import org.incubator.applicant.ProjectHolder;
import org.incubator.applicant.ProjectHolderDetails;
import org.incubator.applicant.Trade;
import org.incubator.shared.DateRange;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Money;
import org.incubator.shared.Province;
import org.incubator.shared.Region;
import org.junit.jupiter.api.Test;

class CallForApplicationsTest {

  private static final Region CASABLANCA_SETTAT =
      new Region("MA-06", "الدار البيضاء سطات", "Casablanca-Settat", "Casablanca-Settat");
  static final Province CASABLANCA =
      new Province("CASABLANCA", CASABLANCA_SETTAT, "الدار البيضاء", "Casablanca", "Casablanca");
  private static final Province SETTAT =
      new Province("SETTAT", CASABLANCA_SETTAT, "سطات", "Settat", "Settat");
  private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
  private static final DateRange SPRING =
      new DateRange(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31));

  static CallForApplications call(EligibilityRules rules) {
    return new CallForApplications(
        "Casablanca 2027", SPRING, 40, Set.of(CASABLANCA), rules, "admin", NOW);
  }

  static ProjectHolder holder(
      LocalDate born,
      int householdSize,
      String income,
      EducationLevel education,
      Integer experience,
      Province province) {
    var d = new ProjectHolderDetails();
    d.setFirstName("Salma");
    d.setLastName("Bennani");
    d.setCin("BE123456");
    d.setBirthDate(born);
    d.setGender(Gender.FEMALE);
    d.setPhone("0661234567");
    d.setProvinceCode(province.getCode());
    d.setHouseholdSize(householdSize);
    d.setMonthlyIncome(new BigDecimal(income));
    d.setEducation(education);
    d.setExperienceYears(experience);
    d.setProjectTitle("Workshop");
    d.setTrade(Trade.SEWING_TEXTILE);
    d.setEstimatedBudget(new BigDecimal("30000"));
    d.setOwnContribution(new BigDecimal("3000"));
    return new ProjectHolder(d, province, "mentor", NOW);
  }

  private static RuleOutcome outcome(List<RuleOutcome> outcomes, EligibilityRule rule) {
    return outcomes.stream().filter(o -> o.rule() == rule).findFirst().orElseThrow();
  }

  @Test
  void anApplicantWhoMeetsEveryRulePassesEachWithItsReason() {
    var outcomes =
        call(new EligibilityRules(18, 35, Money.mad("1000"), true))
            .assess(
                holder(
                    LocalDate.of(2000, 6, 1), 5, "4000", EducationLevel.VOCATIONAL, 0, CASABLANCA));

    assertEquals(
        List.of(
            EligibilityRule.AGE,
            EligibilityRule.INCOME_PER_PERSON,
            EligibilityRule.PROVEN_SKILL,
            EligibilityRule.HOME_PROVINCE),
        outcomes.stream().map(RuleOutcome::rule).toList());
    assertTrue(outcomes.stream().allMatch(RuleOutcome::passed));
    assertEquals(List.of(26, 18, 35), outcome(outcomes, EligibilityRule.AGE).arguments());
    assertEquals(
        List.of("800.00", "1000.00"),
        outcome(outcomes, EligibilityRule.INCOME_PER_PERSON).arguments());
    assertEquals(
        "eligibility.skill.diploma", outcome(outcomes, EligibilityRule.PROVEN_SKILL).reasonKey());
  }

  @Test
  void theAgeIsCountedOnTheClosingDateBothBoundsIncluded() {
    var rules = new EligibilityRules(18, 35, null, false);
    assertTrue(
        outcome(
                call(rules)
                    .assess(
                        holder(
                            LocalDate.of(2009, 3, 31),
                            1,
                            "0",
                            EducationLevel.NONE,
                            null,
                            CASABLANCA)),
                EligibilityRule.AGE)
            .passed());
    assertFalse(
        outcome(
                call(rules)
                    .assess(
                        holder(
                            LocalDate.of(2009, 4, 1),
                            1,
                            "0",
                            EducationLevel.NONE,
                            null,
                            CASABLANCA)),
                EligibilityRule.AGE)
            .passed());
    assertTrue(
        outcome(
                call(rules)
                    .assess(
                        holder(
                            LocalDate.of(1991, 4, 1),
                            1,
                            "0",
                            EducationLevel.NONE,
                            null,
                            CASABLANCA)),
                EligibilityRule.AGE)
            .passed());
    assertFalse(
        outcome(
                call(rules)
                    .assess(
                        holder(
                            LocalDate.of(1991, 3, 31),
                            1,
                            "0",
                            EducationLevel.NONE,
                            null,
                            CASABLANCA)),
                EligibilityRule.AGE)
            .passed());
  }

  @Test
  void anIncomePerPersonAboveTheCeilingFailsAndExactlyAtItPasses() {
    var rules = new EligibilityRules(18, 35, Money.mad("1000"), false);
    var above =
        call(rules)
            .assess(
                holder(
                    LocalDate.of(2000, 1, 1), 3, "3000.06", EducationLevel.NONE, null, CASABLANCA));
    var at =
        call(rules)
            .assess(
                holder(
                    LocalDate.of(2000, 1, 1), 3, "3000.00", EducationLevel.NONE, null, CASABLANCA));
    assertFalse(outcome(above, EligibilityRule.INCOME_PER_PERSON).passed());
    assertEquals(
        "eligibility.income.fail", outcome(above, EligibilityRule.INCOME_PER_PERSON).reasonKey());
    assertTrue(outcome(at, EligibilityRule.INCOME_PER_PERSON).passed());
    var noCeiling =
        call(new EligibilityRules(18, 35, null, false))
            .assess(
                holder(
                    LocalDate.of(2000, 1, 1), 1, "90000", EducationLevel.NONE, null, CASABLANCA));
    assertEquals(
        "eligibility.income.noCeiling",
        outcome(noCeiling, EligibilityRule.INCOME_PER_PERSON).reasonKey());
  }

  @Test
  void aSkillIsProvenByAVocationalOrHigherDiplomaOrAYearOfExperience() {
    var rules = new EligibilityRules(18, 35, null, true);
    assertEquals(
        "eligibility.skill.diploma",
        outcome(
                call(rules)
                    .assess(
                        holder(
                            LocalDate.of(2000, 1, 1),
                            1,
                            "0",
                            EducationLevel.HIGHER,
                            null,
                            CASABLANCA)),
                EligibilityRule.PROVEN_SKILL)
            .reasonKey());
    assertEquals(
        "eligibility.skill.experience",
        outcome(
                call(rules)
                    .assess(
                        holder(
                            LocalDate.of(2000, 1, 1),
                            1,
                            "0",
                            EducationLevel.PRIMARY,
                            1,
                            CASABLANCA)),
                EligibilityRule.PROVEN_SKILL)
            .reasonKey());
    var none =
        outcome(
            call(rules)
                .assess(
                    holder(
                        LocalDate.of(2000, 1, 1), 1, "0", EducationLevel.SECONDARY, 0, CASABLANCA)),
            EligibilityRule.PROVEN_SKILL);
    assertFalse(none.passed());
    assertEquals("eligibility.skill.none", none.reasonKey());
    assertTrue(
        outcome(
                call(new EligibilityRules(18, 35, null, false))
                    .assess(
                        holder(
                            LocalDate.of(2000, 1, 1),
                            1,
                            "0",
                            EducationLevel.NONE,
                            null,
                            CASABLANCA)),
                EligibilityRule.PROVEN_SKILL)
            .passed());
  }

  @Test
  void onlyHomesInTheCallsProvincesPass() {
    var outcome =
        outcome(
            call(new EligibilityRules(18, 35, null, false))
                .assess(
                    holder(LocalDate.of(2000, 1, 1), 1, "0", EducationLevel.NONE, null, SETTAT)),
            EligibilityRule.HOME_PROVINCE);
    assertFalse(outcome.passed());
    assertEquals(List.of("SETTAT"), outcome.arguments());
  }

  @Test
  void aCallNeedsAName_places_andAtLeastOneProvince() {
    var rules = new EligibilityRules(18, 35, null, false);
    assertEquals(
        "name",
        assertThrows(
                IncubatorException.class,
                () ->
                    new CallForApplications(
                        " ", SPRING, 10, Set.of(CASABLANCA), rules, "admin", NOW))
            .getField()
            .orElseThrow());
    assertEquals(
        "places",
        assertThrows(
                IncubatorException.class,
                () ->
                    new CallForApplications(
                        "C", SPRING, 0, Set.of(CASABLANCA), rules, "admin", NOW))
            .getField()
            .orElseThrow());
    assertEquals(
        "provinceCodes",
        assertThrows(
                IncubatorException.class,
                () -> new CallForApplications("C", SPRING, 10, Set.of(), rules, "admin", NOW))
            .getField()
            .orElseThrow());
  }

  @Test
  void theAgeBandMustBeSensible() {
    assertEquals(
        "minAge",
        assertThrows(IncubatorException.class, () -> new EligibilityRules(14, 35, null, false))
            .getField()
            .orElseThrow());
    assertEquals(
        "maxAge",
        assertThrows(IncubatorException.class, () -> new EligibilityRules(30, 25, null, false))
            .getField()
            .orElseThrow());
    assertEquals(
        "incomeCeilingPerPerson",
        assertThrows(
                IncubatorException.class,
                () -> new EligibilityRules(18, 35, Money.mad("-1"), false))
            .getField()
            .orElseThrow());
  }

  @Test
  void aCallIsOpenFromItsFirstToItsLastDay() {
    var call = call(new EligibilityRules(18, 35, null, false));
    assertTrue(call.isOpenOn(LocalDate.of(2027, 3, 1)));
    assertTrue(call.isOpenOn(LocalDate.of(2027, 3, 31)));
    assertFalse(call.isOpenOn(LocalDate.of(2027, 4, 1)));
  }
}
