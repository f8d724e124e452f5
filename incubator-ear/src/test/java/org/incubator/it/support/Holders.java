package org.incubator.it.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.incubator.applicant.Disability;
import org.incubator.applicant.EducationLevel;
import org.incubator.applicant.Gender;
import org.incubator.applicant.ProjectHolderDetails;
import org.incubator.applicant.Trade;

/** Valid project holder details for tests, each test varying only what it is about. */
public final class Holders {

  /**
   * The holder's columns an application carries for the ranking's filters (migration V34), which a
   * bulk load of applications writes, from its holders aliased {@code h}: {@link #COPIED_FROM_H}.
   */
  public static final String COPIED_ONTO_APPLICATION =
      "holder_province_code, holder_gender, holder_trade";

  public static final String COPIED_FROM_H = "h.province_code, h.gender, h.project_trade";

  private Holders() {}

  public static ProjectHolderDetails details(String cin, String firstName, String lastName) {
    var d = new ProjectHolderDetails();
    d.setFirstName(firstName);
    d.setLastName(lastName);
    d.setCin(cin);
    d.setBirthDate(LocalDate.of(2000, 5, 17));
    d.setGender(Gender.FEMALE);
    d.setPhone("06 61 23 45 67");
    d.setAddressLine("12 Rue Ibn Battouta");
    d.setCommune("Sidi Moumen");
    d.setProvinceCode("CASABLANCA");
    d.setHouseholdSize(6);
    d.setMonthlyIncome(new BigDecimal("2500.00"));
    d.setEducation(EducationLevel.VOCATIONAL);
    d.setSkills("Dressmaking diploma, three years in a workshop");
    d.setExperienceYears(3);
    d.setDisability(Disability.NONE);
    d.setProjectTitle("Sewing workshop");
    d.setTrade(Trade.SEWING_TEXTILE);
    d.setProjectDescription("Made-to-measure clothes for the neighbourhood");
    d.setEstimatedBudget(new BigDecimal("30000.00"));
    d.setOwnContribution(new BigDecimal("3000.00"));
    return d;
  }
}
