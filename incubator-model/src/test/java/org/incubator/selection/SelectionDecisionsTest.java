package org.incubator.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.incubator.applicant.EducationLevel;
import org.incubator.shared.DateRange;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * Scoring, the committee's decisions, cohort places and the waiting list, on the entities alone.
 */
class SelectionDecisionsTest {

  private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
  private static final DateRange SUMMER =
      new DateRange(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 9, 30));
  private static final Map<Criterion, Integer> GOOD =
      Map.of(
          Criterion.VULNERABILITY,
          8,
          Criterion.SKILLS,
          5,
          Criterion.VIABILITY,
          7,
          Criterion.INTERVIEW,
          6);

  private final CallForApplications call =
      CallForApplicationsTest.call(new EligibilityRules(18, 35, Money.mad("1000"), true));
  private final CommitteeSession session =
      new CommitteeSession(
          call,
          LocalDate.of(2027, 5, 2),
          Set.of("mentor", "admin"),
          "Quorum reached.",
          "admin",
          NOW);

  private Application eligible() {
    var holder =
        CallForApplicationsTest.holder(
            LocalDate.of(2000, 6, 1),
            5,
            "2500",
            EducationLevel.VOCATIONAL,
            2,
            CallForApplicationsTest.CASABLANCA);
    var application = Application.submittedOnPaper(holder, call, "mentor", NOW);
    assertEquals(ApplicationStatus.ELIGIBLE, application.getStatus());
    return application;
  }

  private Application shortlisted(Map<Criterion, Integer> marks) {
    var application = eligible();
    application.score(marks, "mentor", NOW);
    application.shortlist("mentor", NOW);
    return application;
  }

  @Test
  void marksMakeTheTotalAndAPartialScoreKeepsEarlierMarks() {
    var application = eligible();
    application.score(
        Map.of(Criterion.VULNERABILITY, 8, Criterion.SKILLS, 5, Criterion.VIABILITY, 7),
        "mentor",
        NOW);
    assertTrue(application.getTotal().isEmpty());
    application.score(Map.of(Criterion.INTERVIEW, 6), "mentor2", NOW);
    assertEquals(new BigDecimal("67.00"), application.getTotal().orElseThrow());
    assertEquals(GOOD, application.getMarks());
    assertEquals("mentor2", application.getScoredBy());
  }

  @Test
  void regradingTheCallChangesTheTotal() {
    var application = eligible();
    application.score(GOOD, "mentor", NOW);
    call.regrade(new ScoringGrid(10, Map.of(Criterion.INTERVIEW, 1)));
    application.retotal();
    assertEquals(new BigDecimal("60.00"), application.getTotal().orElseThrow());
  }

  @Test
  void onlyAFullyMarkedEligibleApplicationIsShortlistedAndIneligibleOnesAreNotMarked() {
    var application = eligible();
    assertEquals(
        "selection.application.unscored",
        assertThrows(IncubatorException.class, () -> application.shortlist("mentor", NOW))
            .getMessageKey());
    var poor =
        CallForApplicationsTest.holder(
            LocalDate.of(2000, 6, 1),
            1,
            "9000",
            EducationLevel.VOCATIONAL,
            2,
            CallForApplicationsTest.CASABLANCA);
    var ineligible = Application.submittedOnPaper(poor, call, "mentor", NOW);
    assertEquals(
        "selection.score.notOpen",
        assertThrows(IncubatorException.class, () -> ineligible.score(GOOD, "mentor", NOW))
            .getMessageKey());
  }

  @Test
  void admissionTakesAPlaceAndAFullCohortRefusesOnItsField() {
    var cohort = new Cohort(call, "Cohort A", SUMMER, 1);
    var first = shortlisted(GOOD);
    first.admit(cohort, session, "mentor", NOW);
    assertEquals(ApplicationStatus.ADMITTED, first.getStatus());
    assertEquals(1, cohort.getAdmitted());
    assertEquals(cohort, first.getCohort().orElseThrow());
    var lastChange = first.getHistory().get(first.getHistory().size() - 1);
    assertEquals(session, lastChange.getSession().orElseThrow());
    assertEquals("Cohort A", lastChange.getNote());

    var second = shortlisted(GOOD);
    var full =
        assertThrows(IncubatorException.class, () -> second.admit(cohort, session, "mentor", NOW));
    assertEquals("cohort", full.getField().orElseThrow());
    assertEquals("selection.cohort.full", full.getMessageKey());
    assertEquals(ApplicationStatus.SHORTLISTED, second.getStatus());
    assertEquals(1, cohort.getAdmitted());
  }

  @Test
  void anIllegalAdmissionTakesNoPlace() {
    var cohort = new Cohort(call, "Cohort A", SUMMER, 3);
    var notShortlisted = eligible();
    assertThrows(
        IncubatorException.class, () -> notShortlisted.admit(cohort, session, "mentor", NOW));
    assertEquals(0, cohort.getAdmitted());
  }

  @Test
  void aDeclineNeedsAReasonWhichIsKept() {
    var application = shortlisted(GOOD);
    assertEquals(
        "reason",
        assertThrows(
                IncubatorException.class, () -> application.decline("  ", session, "mentor", NOW))
            .getField()
            .orElseThrow());
    assertEquals(
        "reason",
        assertThrows(
                IncubatorException.class,
                () -> application.decline("x".repeat(501), session, "mentor", NOW))
            .getField()
            .orElseThrow());
    application.decline(
        "The project duplicates an activity already funded in the village.",
        session,
        "mentor",
        NOW);
    assertEquals(ApplicationStatus.DECLINED, application.getStatus());
    assertEquals(
        "The project duplicates an activity already funded in the village.",
        application.getHistory().get(application.getHistory().size() - 1).getNote());
  }

  @Test
  void aWithdrawalFreesThePlaceWhichTheFirstWaitingApplicationTakes() {
    var cohort = new Cohort(call, "Cohort A", SUMMER, 1);
    var admitted = shortlisted(GOOD);
    admitted.admit(cohort, session, "mentor", NOW);
    var waiting = shortlisted(GOOD);
    waiting.putOnWaitingList(session, "mentor", NOW);

    var freed = admitted.withdraw("entrepreneur", NOW).orElseThrow();
    assertEquals(0, cohort.getAdmitted());
    assertTrue(admitted.getCohort().isEmpty());
    waiting.offerFreedPlace(freed, "entrepreneur", NOW);
    assertEquals(ApplicationStatus.ADMITTED, waiting.getStatus());
    assertEquals(1, cohort.getAdmitted());
    assertEquals(
        "selection.application.reason.placeOffered",
        waiting.getHistory().get(waiting.getHistory().size() - 1).getReasonKey());
  }

  @Test
  void aCohortHoldsAtMostTheCallsPlacesAndOnlyItsCallsApplicants() {
    assertEquals(
        "capacity",
        assertThrows(
                IncubatorException.class,
                () -> new Cohort(call, "Too big", SUMMER, call.getPlaces() + 1))
            .getField()
            .orElseThrow());
    assertEquals(
        "capacity",
        assertThrows(IncubatorException.class, () -> new Cohort(call, "Empty", SUMMER, 0))
            .getField()
            .orElseThrow());
    var otherCall = CallForApplicationsTest.call(new EligibilityRules(18, 35, null, false));
    var elsewhere = new Cohort(otherCall, "Elsewhere", SUMMER, 5);
    var application = shortlisted(GOOD);
    assertEquals(
        "selection.cohort.otherCall",
        assertThrows(
                IncubatorException.class,
                () -> application.admit(elsewhere, session, "mentor", NOW))
            .getMessageKey());
    assertEquals(0, elsewhere.getAdmitted());
  }

  @Test
  void onlyMembersPresentDecideAndASessionHasMembers() {
    session.checkMember("mentor");
    assertEquals(
        "selection.committee.notMember",
        assertThrows(IncubatorException.class, () -> session.checkMember("mentor2"))
            .getMessageKey());
    assertEquals(
        "members",
        assertThrows(
                IncubatorException.class,
                () ->
                    new CommitteeSession(
                        call, LocalDate.of(2027, 5, 2), Set.of(), null, "admin", NOW))
            .getField()
            .orElseThrow());
  }
}
