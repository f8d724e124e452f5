package org.incubator.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incubator.applicant.Disability;
import org.incubator.applicant.EducationLevel;
import org.incubator.applicant.Gender;
import org.incubator.applicant.ProjectHolder;
import org.incubator.applicant.ProjectHolderDetails;
import org.incubator.applicant.Trade;
import org.incubator.selection.Application;
import org.incubator.selection.CallForApplications;
import org.incubator.selection.Cohort;
import org.incubator.selection.CommitteeSession;
import org.incubator.selection.Criterion;
import org.incubator.selection.EligibilityRules;
import org.incubator.shared.DateRange;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Money;
import org.incubator.shared.Province;
import org.incubator.shared.Region;
import org.junit.jupiter.api.Test;

/**
 * The money rules of seed grants: breakdown, ceiling, tranches to the centime, reviewers, the
 * envelope.
 */
class GrantRulesTest {

  private static final Instant NOW = Instant.parse("2027-07-01T09:00:00Z");
  private static final Money CEILING = Money.mad("30000");
  private static final Money TWO_REVIEWERS_ABOVE = Money.mad("20000");
  private static final Province CASABLANCA =
      new Province(
          "CASABLANCA",
          new Region("MA-06", "الدار البيضاء سطات", "Casablanca-Settat", "Casablanca-Settat"),
          "الدار البيضاء",
          "Casablanca",
          "Casablanca");

  private final CallForApplications call =
      new CallForApplications(
          "Call",
          new DateRange(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31)),
          20,
          Set.of(CASABLANCA),
          new EligibilityRules(18, 35, null, false),
          "admin",
          NOW);
  private final BudgetEnvelope envelope =
      new BudgetEnvelope(
          "INDH 2027",
          "Solidarity campaign",
          Money.mad("50000"),
          new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)),
          Set.of(call),
          Set.of(),
          "admin",
          NOW);

  private Application admitted() {
    var d = new ProjectHolderDetails();
    d.setFirstName("Salma");
    d.setLastName("Alaoui");
    d.setCin("GR1234");
    d.setBirthDate(LocalDate.of(2000, 1, 1));
    d.setGender(Gender.FEMALE);
    d.setPhone("0661234567");
    d.setProvinceCode("CASABLANCA");
    d.setHouseholdSize(5);
    d.setMonthlyIncome(new BigDecimal("2500"));
    d.setEducation(EducationLevel.VOCATIONAL);
    d.setDisability(Disability.NONE);
    d.setProjectTitle("Atelier");
    d.setTrade(Trade.SEWING_TEXTILE);
    d.setEstimatedBudget(new BigDecimal("30000"));
    d.setOwnContribution(new BigDecimal("3000"));
    var application =
        Application.submittedOnPaper(
            new ProjectHolder(d, CASABLANCA, "mentor", NOW), call, "mentor", NOW);
    application.score(
        Map.of(
            Criterion.VULNERABILITY,
            8,
            Criterion.SKILLS,
            8,
            Criterion.VIABILITY,
            8,
            Criterion.INTERVIEW,
            8),
        "mentor",
        NOW);
    application.shortlist("mentor", NOW);
    application.admit(
        new Cohort(
            call, "A", new DateRange(LocalDate.of(2027, 9, 1), LocalDate.of(2027, 12, 1)), 5),
        new CommitteeSession(call, LocalDate.of(2027, 5, 2), Set.of("mentor"), null, "mentor", NOW),
        "mentor",
        NOW);
    return application;
  }

  private GrantRequest request(String... amounts) {
    List<GrantLine> lines =
        java.util.Arrays.stream(amounts)
            .map(a -> new GrantLine(UseCategory.EQUIPMENT, "Sewing machine", Money.mad(a)))
            .toList();
    var request =
        GrantRequest.prepare(
            admitted(),
            envelope,
            lines,
            "A workshop in her neighbourhood",
            TranchePlan.standard(),
            CEILING,
            "mentor",
            NOW);
    request.submit("mentor", NOW);
    return request;
  }

  @Test
  void theAmountIsTheTotalOfItsLinesUpToTheCeiling() {
    assertEquals(Money.mad("15000.50"), request("10000.25", "5000.25").getAmount());
    var over = assertThrows(IncubatorException.class, () -> request("20000", "10000.01"));
    assertEquals("lines", over.getField().orElseThrow());
    assertEquals("grant.amount.ceiling", over.getMessageKey());
    assertEquals(
        Money.mad("30000.00"),
        request("20000", "10000").getAmount(),
        "the ceiling itself is allowed");
    assertEquals(
        "grant.amount.positive",
        assertThrows(IncubatorException.class, () -> request("100", "0")).getMessageKey());
  }

  @Test
  void tranchesAreRoundedToTheCentimeAndAlwaysAddUpToTheGrant() {
    List<Tranche> tranches = request("10000.01").getTranches();
    assertEquals(
        Money.mad("6000.01"),
        tranches.get(0).getAmount(),
        "60 % of 10,000.01 is 6,000.006: rounded half-even");
    assertEquals(Money.mad("4000.00"), tranches.get(1).getAmount());
    var thirds =
        new TranchePlan(
            List.of(
                new TranchePlan.Share(33, Milestone.KIT_HANDED_OVER),
                new TranchePlan.Share(33, Milestone.BUSINESS_LAUNCHED),
                new TranchePlan.Share(34, Milestone.EVALUATION_PASSED)));
    List<Tranche> split = thirds.split(Money.mad("100.01"));
    assertEquals(
        Money.mad("100.01"),
        split.stream().map(Tranche::getAmount).reduce(Money.ZERO, Money::plus));
    assertEquals(
        List.of(Money.mad("33.00"), Money.mad("33.00"), Money.mad("34.01")),
        split.stream().map(Tranche::getAmount).toList());
    assertEquals(
        "grant.tranches.sum",
        assertThrows(
                IncubatorException.class,
                () -> TranchePlan.parse("60:BUSINESS_LAUNCHED,30:EVALUATION_PASSED"))
            .getMessageKey());
  }

  @Test
  void aboveTheThresholdTwoDifferentReviewersMustApprove() {
    var large = request("25000");
    assertEquals(2, large.approvalsNeeded(TWO_REVIEWERS_ABOVE));
    assertFalse(large.approve("reviewer", "Sound plan", TWO_REVIEWERS_ABOVE, NOW));
    assertEquals(GrantStatus.SUBMITTED, large.getStatus());
    assertEquals(
        "grant.review.twice",
        assertThrows(
                IncubatorException.class,
                () -> large.approve("reviewer", "again", TWO_REVIEWERS_ABOVE, NOW))
            .getMessageKey());
    assertTrue(large.approve("reviewer2", null, TWO_REVIEWERS_ABOVE, NOW));
    assertEquals(GrantStatus.APPROVED, large.getStatus());

    var atThreshold = request("20000");
    assertEquals(1, atThreshold.approvalsNeeded(TWO_REVIEWERS_ABOVE));
    assertTrue(atThreshold.approve("reviewer", null, TWO_REVIEWERS_ABOVE, NOW));
  }

  @Test
  void nobodyDecidesOnARequestTheyPreparedAndRefusalsNeedAReason() {
    var request = request("5000");
    assertEquals(
        "grant.review.ownRequest",
        assertThrows(
                IncubatorException.class,
                () -> request.approve("mentor", null, TWO_REVIEWERS_ABOVE, NOW))
            .getMessageKey());
    assertEquals(
        "comment",
        assertThrows(IncubatorException.class, () -> request.reject("reviewer", " ", NOW))
            .getField()
            .orElseThrow());
    assertEquals(
        "comment",
        assertThrows(IncubatorException.class, () -> request.returnForChanges("reviewer", "", NOW))
            .getField()
            .orElseThrow());
    request.reject("reviewer", "The budget repeats the kit", NOW);
    assertEquals(GrantStatus.REJECTED, request.getStatus());
    assertThrows(
        IncubatorException.class,
        () -> request.approve("reviewer2", null, TWO_REVIEWERS_ABOVE, NOW),
        "a decision is final");
  }

  @Test
  void aReturnedRequestComesBackAsANewVersionAndTheOldIsKept() {
    var first = request("12000");
    first.returnForChanges("reviewer", "Split the equipment line", NOW);
    var second =
        first.reviseAfterReturn(
            List.of(
                new GrantLine(UseCategory.EQUIPMENT, "Machine", Money.mad("8000")),
                new GrantLine(UseCategory.RAW_MATERIALS, "Fabric", Money.mad("4000"))),
            "Split as asked",
            TranchePlan.standard(),
            CEILING,
            "mentor",
            NOW);
    assertEquals(GrantStatus.RETURNED, first.getStatus());
    assertEquals(2, second.getRevision());
    assertEquals(GrantStatus.DRAFT, second.getStatus());
    assertEquals(Money.mad("12000.00"), second.getAmount());
    assertTrue(
        second.getEvents().get(0).getOldValue().contains("EQUIPMENT:12000.00"),
        second.getEvents().get(0).getOldValue());
  }

  @Test
  void aWithdrawalIsPossibleOnlyUntilSomeoneApproved() {
    var request = request("25000");
    request.approve("reviewer", null, TWO_REVIEWERS_ABOVE, NOW);
    assertEquals(
        "grant.request.alreadyApproved",
        assertThrows(IncubatorException.class, () -> request.withdraw("mentor", NOW))
            .getMessageKey());
    var other = request("5000");
    other.withdraw("mentor", NOW);
    assertEquals(GrantStatus.WITHDRAWN, other.getStatus());
  }

  @Test
  void anEnvelopeIsNeverCommittedBeyondItsAmountAndSaysWhatIsLeft() {
    var first = request("30000");
    first.approve("reviewer", null, TWO_REVIEWERS_ABOVE, NOW);
    first.approve("reviewer2", null, TWO_REVIEWERS_ABOVE, NOW);
    first.commitTo(envelope);
    assertEquals(Money.mad("20000.00"), envelope.getAvailable());
    var second = request("20000.01");
    second.approve("reviewer", null, TWO_REVIEWERS_ABOVE, NOW);
    second.approve("reviewer2", null, TWO_REVIEWERS_ABOVE, NOW);
    var refused = assertThrows(IncubatorException.class, () -> second.commitTo(envelope));
    assertEquals("grant.envelope.insufficient", refused.getMessageKey());
    assertEquals("20000.00", refused.getArguments()[1]);
    assertEquals(Money.mad("30000.00"), envelope.getCommitted());
  }

  @Test
  void anEnvelopeFundsTheCallsAndTheCohortsItNamesAndNeedsOneOfThem() {
    var period = new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
    Application inCohort = admitted();
    Application elsewhere = admitted();
    var donor =
        new BudgetEnvelope(
            "Donor",
            "A donor",
            Money.mad("10000"),
            period,
            Set.of(),
            Set.of(inCohort.getCohort().orElseThrow()),
            "admin",
            NOW);
    assertTrue(donor.funds(inCohort));
    assertFalse(donor.funds(elsewhere), "another cohort of the same call");
    assertTrue(envelope.funds(elsewhere), "an envelope funding the call funds all its cohorts");
    var refused =
        assertThrows(
            IncubatorException.class,
            () ->
                GrantRequest.prepare(
                    elsewhere,
                    donor,
                    List.of(new GrantLine(UseCategory.RENT, "Shop", Money.mad("1000"))),
                    "Rent",
                    TranchePlan.standard(),
                    CEILING,
                    "mentor",
                    NOW));
    assertEquals("envelope", refused.getField().orElseThrow());
    var nothing =
        assertThrows(
            IncubatorException.class,
            () ->
                new BudgetEnvelope(
                    "Empty",
                    "A donor",
                    Money.mad("10000"),
                    period,
                    Set.of(),
                    Set.of(),
                    "admin",
                    NOW));
    assertEquals("grant.envelope.noCall", nothing.getMessageKey());
  }

  @Test
  void theLifeCycleAllowsOnlyItsMoves() {
    for (GrantStatus from : GrantStatus.values()) {
      for (GrantStatus to : GrantStatus.values()) {
        if (from.next().contains(to)) {
          assertEquals(to, from.moveTo(to));
        } else {
          assertThrows(IncubatorException.class, () -> from.moveTo(to), from + " → " + to);
        }
      }
    }
    assertTrue(GrantStatus.CLOSED.isFinal());
    assertFalse(GrantStatus.APPROVED.isFinal(), "an approved grant is paid, then closes");
    assertFalse(GrantStatus.SUBMITTED.isFinal());
  }

  @Test
  void tranchesArePaidInOrderOnceEachWhenTheirMilestoneIsReachedAndClosingReleasesTheRest() {
    var request = request("10000.01");
    request.approve("reviewer", null, TWO_REVIEWERS_ABOVE, NOW);
    request.commitTo(envelope);
    var launched = java.util.EnumSet.of(Milestone.BUSINESS_LAUNCHED);
    var today = LocalDate.of(2027, 7, 1);
    assertEquals(
        List.of(TrancheStatus.PAYABLE, TrancheStatus.WAITING_FOR_PREVIOUS),
        statuses(request, java.util.EnumSet.allOf(Milestone.class)));
    assertEquals(
        List.of(TrancheStatus.WAITING_FOR_MILESTONE, TrancheStatus.WAITING_FOR_MILESTONE),
        statuses(request, java.util.EnumSet.noneOf(Milestone.class)));
    assertEquals(
        "grant.tranche.previousUnpaid",
        assertThrows(
                IncubatorException.class,
                () ->
                    request.pay(
                        2,
                        java.util.EnumSet.allOf(Milestone.class),
                        today,
                        PaymentMethod.CHEQUE,
                        "C1",
                        "t0",
                        envelope,
                        "admin",
                        NOW))
            .getMessageKey());
    assertEquals(
        "grant.tranche.milestoneMissing",
        assertThrows(
                IncubatorException.class,
                () ->
                    request.pay(
                        1,
                        java.util.EnumSet.noneOf(Milestone.class),
                        today,
                        PaymentMethod.CHEQUE,
                        "C1",
                        "t1",
                        envelope,
                        "admin",
                        NOW))
            .getMessageKey());
    assertEquals(
        "reference",
        assertThrows(
                IncubatorException.class,
                () ->
                    request.pay(
                        1,
                        launched,
                        today,
                        PaymentMethod.CHEQUE,
                        " ",
                        "t2",
                        envelope,
                        "admin",
                        NOW))
            .getField()
            .orElseThrow());
    request.pay(
        1, launched, today, PaymentMethod.BANK_TRANSFER, "VIR-1", "t3", envelope, "admin", NOW);
    assertEquals(
        "grant.tranche.alreadyPaid",
        assertThrows(
                IncubatorException.class,
                () ->
                    request.pay(
                        1,
                        launched,
                        today,
                        PaymentMethod.BANK_TRANSFER,
                        "VIR-1",
                        "t4",
                        envelope,
                        "admin",
                        NOW))
            .getMessageKey());
    assertEquals(Money.mad("6000.01"), envelope.getPaid());
    assertEquals(Money.mad("6000.01"), request.getPaid());
    assertEquals(
        List.of(TrancheStatus.PAID, TrancheStatus.WAITING_FOR_MILESTONE),
        statuses(request, launched));

    assertEquals(
        Money.mad("4000.00"), request.close("The project stopped", envelope, "admin", NOW));
    assertEquals(GrantStatus.CLOSED, request.getStatus());
    assertEquals(
        List.of(TrancheStatus.PAID, TrancheStatus.GRANT_NOT_APPROVED),
        statuses(request, java.util.EnumSet.allOf(Milestone.class)),
        "a closed grant pays nothing more");
    assertEquals(Money.mad("6000.01"), envelope.getCommitted());
    assertEquals(
        "grant.tranche.notApproved",
        assertThrows(
                IncubatorException.class,
                () ->
                    request.pay(
                        2,
                        java.util.EnumSet.allOf(Milestone.class),
                        today,
                        PaymentMethod.CHEQUE,
                        "C2",
                        "t5",
                        envelope,
                        "admin",
                        NOW))
            .getMessageKey());
  }

  private static List<TrancheStatus> statuses(GrantRequest request, Set<Milestone> reached) {
    return request.trancheStates(reached).stream().map(TrancheState::status).toList();
  }
}
