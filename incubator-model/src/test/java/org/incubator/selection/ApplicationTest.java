package org.incubator.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.incubator.applicant.EducationLevel;
import org.incubator.applicant.ProjectHolder;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Money;
import org.junit.jupiter.api.Test;

class ApplicationTest {

  private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

  private static ProjectHolder fiveHundredPerPerson() {
    return CallForApplicationsTest.holder(
        LocalDate.of(2000, 6, 1),
        5,
        "2500",
        EducationLevel.VOCATIONAL,
        2,
        CallForApplicationsTest.CASABLANCA);
  }

  private static List<ApplicationStatus> moves(Application application) {
    return application.getHistory().stream().map(StatusChange::getTo).toList();
  }

  @Test
  void aPaperApplicationIsSubmittedThenAssessedAndBothMovesAreKept() {
    var call = CallForApplicationsTest.call(new EligibilityRules(18, 35, Money.mad("1000"), true));
    var application = Application.submittedOnPaper(fiveHundredPerPerson(), call, "mentor", NOW);

    assertEquals(ApplicationStatus.ELIGIBLE, application.getStatus());
    assertEquals(
        List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.ELIGIBLE), moves(application));
    assertEquals(
        Arrays.asList(null, ApplicationStatus.SUBMITTED),
        application.getHistory().stream().map(StatusChange::getFrom).toList());
    assertTrue(
        application.getHistory().stream()
            .allMatch(c -> c.getBy().equals("mentor") && c.getAt().equals(NOW)));
  }

  @Test
  void anApplicationFailingARuleIsIneligible() {
    var call = CallForApplicationsTest.call(new EligibilityRules(18, 35, Money.mad("400"), true));
    assertEquals(
        ApplicationStatus.INELIGIBLE,
        Application.submittedOnPaper(fiveHundredPerPerson(), call, "mentor", NOW).getStatus());
  }

  @Test
  void reassessingChangesTheStatusOnlyWhenTheOutcomeChanges() {
    var call = CallForApplicationsTest.call(new EligibilityRules(18, 35, Money.mad("1000"), true));
    var application = Application.submittedOnPaper(fiveHundredPerPerson(), call, "mentor", NOW);

    assertFalse(application.assess("admin", NOW));
    call.revise(
        call.getName(),
        call.getPeriod(),
        call.getPlaces(),
        call.getProvinces(),
        new EligibilityRules(18, 35, Money.mad("400"), true),
        "admin",
        NOW);
    assertTrue(application.assess("admin", NOW));
    assertEquals(ApplicationStatus.INELIGIBLE, application.getStatus());
    assertEquals(3, application.getHistory().size());
  }

  @Test
  void aWithdrawnApplicationIsNoLongerReassessedAndCannotBeWithdrawnTwice() {
    var call = CallForApplicationsTest.call(new EligibilityRules(18, 35, null, false));
    var application = Application.submittedOnPaper(fiveHundredPerPerson(), call, "mentor", NOW);
    application.withdraw("mentor", NOW);

    assertFalse(application.assess("admin", NOW));
    var refusal = assertThrows(IncubatorException.class, () -> application.withdraw("mentor", NOW));
    assertEquals("selection.application.illegalMove", refusal.getMessageKey());
    assertEquals(ApplicationStatus.WITHDRAWN, application.getStatus());
  }
}
