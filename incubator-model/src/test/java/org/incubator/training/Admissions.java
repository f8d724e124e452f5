package org.incubator.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
import org.incubator.shared.Province;
import org.incubator.shared.Region;

/** A call, a cohort from September to December 2027, and people admitted into it. */
public final class Admissions {

  public static final Instant NOW = Instant.parse("2027-08-01T09:00:00Z");
  public static final Province CASABLANCA =
      new Province(
          "CASABLANCA",
          new Region("MA-06", "الدار البيضاء سطات", "Casablanca-Settat", "Casablanca-Settat"),
          "الدار البيضاء",
          "Casablanca",
          "Casablanca");

  public final CallForApplications call =
      new CallForApplications(
          "Call",
          new DateRange(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31)),
          20,
          Set.of(CASABLANCA),
          new EligibilityRules(18, 35, null, false),
          "admin",
          NOW);
  public final Cohort cohort =
      new Cohort(call, "A", new DateRange(LocalDate.of(2027, 9, 1), LocalDate.of(2027, 12, 1)), 5);

  public Application shortlisted(String cin) {
    var d = new ProjectHolderDetails();
    d.setFirstName("Salma");
    d.setLastName("Alaoui");
    d.setCin(cin);
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
    return application;
  }

  public Application admitted(String cin) {
    var application = shortlisted(cin);
    application.admit(
        cohort,
        new CommitteeSession(call, LocalDate.of(2027, 5, 2), Set.of("mentor"), null, "mentor", NOW),
        "mentor",
        NOW);
    return application;
  }
}
