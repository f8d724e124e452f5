package org.incubator.programme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.incubator.grant.Milestone;
import org.incubator.grant.TranchePlan;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SettingTest {

  private static IncubatorException refusal(Setting setting, String typed) {
    return assertThrows(IncubatorException.class, () -> setting.read(typed), typed);
  }

  @ParameterizedTest
  @EnumSource(Setting.class)
  void everyDefaultIsWithinItsOwnBoundsAndReadsBackAsWritten(Setting setting) {
    String text = setting.defaultText();
    assertEquals(text, setting.read(text), "typed as it is kept, it is kept the same");
    assertEquals(text, roundTrip(setting.getType(), text));
  }

  private static <T> String roundTrip(SettingType<T> type, String text) {
    return type.write(type.parse(text));
  }

  @Test
  void eachSettingHasItsOwnFieldNamedAfterIt() {
    assertEquals("grantCeiling", Setting.GRANT_CEILING.getField());
    assertEquals("megabytesPerAccount", Setting.MEGABYTES_PER_ACCOUNT.getField());
    assertEquals("tranchePlan", Setting.TRANCHE_PLAN.getField());
    Set<String> fields =
        Arrays.stream(Setting.values()).map(Setting::getField).collect(Collectors.toSet());
    assertEquals(Setting.values().length, fields.size());
  }

  @Test
  void aWholeNumberIsReadInLatinOrArabicDigitsWithinItsBounds() {
    assertEquals("15", Setting.COMMITTEE_QUORUM.read(" 15 "));
    assertEquals("2", Setting.COMMITTEE_QUORUM.read("٢"));
    assertEquals("0", Setting.REPEAT_YEARS.read("0"));
    assertEquals("20", Setting.REPEAT_YEARS.read("٢٠"));
    assertEquals("7", Setting.REPEAT_YEARS.read("007"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"1", "16", "-3", "−2", "2.5", "3,0", "1e1", "three", "", " ", "9999999999"})
  void aWholeNumberOutOfBoundsOrNotWholeIsRefusedOnItsFieldWithTheBounds(String typed) {
    IncubatorException refused = refusal(Setting.COMMITTEE_QUORUM, typed);
    assertEquals("committeeQuorum", refused.getField().orElseThrow());
    assertEquals("programme.setting.wholeNumber", refused.getMessageKey());
    assertArrayEquals(new Object[] {"2", "15"}, refused.getArguments());
  }

  @Test
  void nothingTypedIsRefusedToo() {
    assertEquals("repeatYears", refusal(Setting.REPEAT_YEARS, null).getField().orElseThrow());
    assertEquals("grantCeiling", refusal(Setting.GRANT_CEILING, null).getField().orElseThrow());
    assertEquals("tranchePlan", refusal(Setting.TRANCHE_PLAN, null).getField().orElseThrow());
  }

  @Test
  void anAmountIsReadAsEveryAmountAndKeptToTheCentime() {
    assertEquals("40000.00", Setting.GRANT_CEILING.read("40 000"));
    assertEquals("1500.50", Setting.GRANT_CEILING.read("١٥٠٠٫٥"));
    assertEquals("0.01", Setting.GRANT_CEILING.read("0,01"));
    assertEquals("0.00", Setting.TWO_REVIEWERS_ABOVE.read("0"));
  }

  @Test
  void anAmountBelowItsBoundIsRefusedWithTheBound() {
    IncubatorException zero = refusal(Setting.GRANT_CEILING, "0");
    assertEquals("grantCeiling", zero.getField().orElseThrow());
    assertEquals("programme.setting.amountAbove", zero.getMessageKey());
    assertArrayEquals(new Object[] {"0"}, zero.getArguments());

    IncubatorException negative = refusal(Setting.TWO_REVIEWERS_ABOVE, "-0.01");
    assertEquals("twoReviewersAbove", negative.getField().orElseThrow());
    assertEquals("programme.setting.amountFrom", negative.getMessageKey());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1E+300000000", "-9e999999999", "99999999999999999999", "12.345", "abc"})
  void whatIsNoAmountIsRefusedAtOnceOnItsField(String typed) {
    IncubatorException refused =
        assertTimeoutPreemptively(
            Duration.ofSeconds(1), () -> refusal(Setting.GRANT_CEILING, typed));
    assertEquals("grantCeiling", refused.getField().orElseThrow());
    assertEquals("field.amount.invalid", refused.getMessageKey());
  }

  @Test
  void aTranchePlanIsReadFromItsSharesAndMustAddUpToAHundred() {
    assertEquals(
        "30:KIT_HANDED_OVER,70:BUSINESS_LAUNCHED",
        Setting.TRANCHE_PLAN.read("30:KIT_HANDED_OVER, 70:BUSINESS_LAUNCHED"));
    for (String typed :
        List.of(
            "60:BUSINESS_LAUNCHED,30:EVALUATION_PASSED",
            "0:BUSINESS_LAUNCHED,100:EVALUATION_PASSED",
            "100:",
            ":BUSINESS_LAUNCHED",
            "100:NO_SUCH_MILESTONE",
            "100",
            "1:KIT_HANDED_OVER,".repeat(400))) {
      IncubatorException refused = refusal(Setting.TRANCHE_PLAN, typed);
      assertEquals("tranchePlan", refused.getField().orElseThrow());
      assertEquals("grant.tranches.sum", refused.getMessageKey());
    }
  }

  @Test
  void aRuleIsOnOrOffAndNothingElse() {
    assertEquals("true", Setting.TRAINING_BEFORE_GRANT.defaultText());
    assertEquals("false", Setting.TRAINING_BEFORE_GRANT.read(" false "));
    for (String typed : List.of("", "yes", "TRUE", "1", "<b>true</b>")) {
      IncubatorException refused = refusal(Setting.TRAINING_BEFORE_GRANT, typed);
      assertEquals("trainingBeforeGrant", refused.getField().orElseThrow());
      assertEquals("programme.setting.yesNo", refused.getMessageKey());
    }
  }

  @Test
  void aPlanOfAHundredSharesOfOnePercentFitsItsColumn() {
    String longest = "1:" + Milestone.TRAINING_ATTENDED.name();
    String plan = String.join(",", Collections.nCopies(100, longest));
    assertEquals(plan, Setting.TRANCHE_PLAN.read(plan));
  }

  @Test
  void aDeclarationWhoseDefaultBreaksItsBoundsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> SettingType.wholeNumber(1, 2, 15));
    assertThrows(IllegalArgumentException.class, () -> SettingType.wholeNumber(5, 10, 2));
    assertThrows(IllegalArgumentException.class, () -> SettingType.amountAbove("0", "0"));
    assertThrows(IllegalArgumentException.class, () -> SettingType.amountFrom("-1", "0"));
  }

  @Test
  void aSettingNobodyChangedReadsItsDefaultAsItsType() {
    ProgrammeSettings settings = ProgrammeSettings.of(List.of());
    assertEquals(Money.mad("30000"), settings.amount(Setting.GRANT_CEILING));
    assertEquals(Money.mad("20000"), settings.amount(Setting.TWO_REVIEWERS_ABOVE));
    assertEquals(TranchePlan.standard(), settings.plan(Setting.TRANCHE_PLAN));
    assertEquals(3, settings.number(Setting.REPEAT_YEARS));
    assertEquals(3, settings.number(Setting.COMMITTEE_QUORUM));
    assertEquals(10, settings.number(Setting.DOCUMENTS_PER_APPLICATION));
    assertEquals(50, settings.number(Setting.MEGABYTES_PER_ACCOUNT));
    assertEquals(0, settings.version(Setting.GRANT_CEILING));
  }

  @Test
  void aSettingChangedReadsItsRowAndOthersKeepTheirDefault() {
    var now = Instant.now();
    ProgrammeSettings settings =
        ProgrammeSettings.of(
            List.of(
                new SettingValue(Setting.COMMITTEE_QUORUM, "5", "admin", now),
                new SettingValue(Setting.GRANT_CEILING, "45000.00", "admin", now),
                new SettingValue(Setting.TRANCHE_PLAN, "100:BUSINESS_LAUNCHED", "admin", now)));
    assertEquals(5, settings.number(Setting.COMMITTEE_QUORUM));
    assertEquals(Money.mad("45000"), settings.amount(Setting.GRANT_CEILING));
    assertEquals(
        List.of(new TranchePlan.Share(100, Milestone.BUSINESS_LAUNCHED)),
        settings.plan(Setting.TRANCHE_PLAN).shares());
    assertEquals(3, settings.number(Setting.REPEAT_YEARS));
  }

  @Test
  void aSettingIsReadOnlyAsItsOwnType() {
    ProgrammeSettings settings = ProgrammeSettings.of(List.of());
    assertThrows(IllegalArgumentException.class, () -> settings.number(Setting.GRANT_CEILING));
    assertThrows(IllegalArgumentException.class, () -> settings.amount(Setting.TRANCHE_PLAN));
    assertThrows(IllegalArgumentException.class, () -> settings.plan(Setting.REPEAT_YEARS));
  }

  @Test
  void theFormOpensWithEveryValueAndTypesAPlanAsItsShares() {
    SettingsDetails details = SettingsDetails.of(ProgrammeSettings.of(List.of()));
    assertEquals("30000.00", details.typed(Setting.GRANT_CEILING));
    assertEquals("60:BUSINESS_LAUNCHED,40:EVALUATION_PASSED", details.typed(Setting.TRANCHE_PLAN));
    assertEquals(details.opened(Setting.TRANCHE_PLAN), details.typed(Setting.TRANCHE_PLAN));
    details.getPlans().get(Setting.TRANCHE_PLAN).get(1).setPercent(null);
    assertEquals("60:BUSINESS_LAUNCHED,:EVALUATION_PASSED", details.typed(Setting.TRANCHE_PLAN));
    details.type(Setting.TRANCHE_PLAN, "100:KIT_HANDED_OVER").type(Setting.REPEAT_YEARS, "4");
    assertEquals("100:KIT_HANDED_OVER", details.typed(Setting.TRANCHE_PLAN));
    assertEquals("4", details.typed(Setting.REPEAT_YEARS));
    assertEquals("3", details.opened(Setting.REPEAT_YEARS));
  }

  @Test
  void theRankingReadsAWholeNumberOrItsDefaultInSql() {
    assertEquals(
        "COALESCE((SELECT CAST(programme_setting.setting_value AS SIGNED) FROM programme_setting"
            + " WHERE programme_setting.setting_key = 'REPEAT_YEARS'), 3)",
        SettingValue.wholeNumberInSql(Setting.REPEAT_YEARS));
    assertThrows(
        IllegalArgumentException.class, () -> SettingValue.wholeNumberInSql(Setting.GRANT_CEILING));
  }
}
