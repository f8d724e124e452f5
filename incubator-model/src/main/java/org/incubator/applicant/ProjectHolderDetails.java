package org.incubator.applicant;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.incubator.shared.Money;
import org.incubator.shared.Province;
import org.incubator.shared.ValidCin;
import org.incubator.shared.ValidPhoneNumber;

/**
 * What a mentor types about a project holder, as typed: the form behind the register's page and the
 * input of the register's use cases. Each constraint names its message key; the entity re-checks
 * the invariants that span several fields.
 */
public class ProjectHolderDetails implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int MONEY_INTEGER_DIGITS = Money.PRECISION - Money.SCALE;

  @NotBlank(message = "{field.required}")
  @Size(max = ProjectHolder.NAME_LENGTH, message = "{field.tooLong}")
  private String firstName;

  @NotBlank(message = "{field.required}")
  @Size(max = ProjectHolder.NAME_LENGTH, message = "{field.tooLong}")
  private String lastName;

  @NotBlank(message = "{field.required}")
  @ValidCin
  private String cin;

  @NotNull(message = "{field.required}")
  @Past(message = "{applicant.birthDate.past}")
  private LocalDate birthDate;

  @NotNull(message = "{field.required}")
  private Gender gender;

  @NotBlank(message = "{field.required}")
  @ValidPhoneNumber
  private String phone;

  @Size(max = ProjectHolder.ADDRESS_LENGTH, message = "{field.tooLong}")
  private String addressLine;

  @Size(max = ProjectHolder.COMMUNE_LENGTH, message = "{field.tooLong}")
  private String commune;

  @NotBlank(message = "{field.required}")
  @Size(max = Province.CODE_LENGTH, message = "{field.tooLong}")
  private String provinceCode;

  @NotNull(message = "{field.required}")
  @Min(value = 1, message = "{applicant.householdSize.range}")
  @Max(value = Household.MAX_SIZE, message = "{applicant.householdSize.range}")
  private Integer householdSize;

  @NotNull(message = "{field.required}")
  @DecimalMin(value = "0", message = "{applicant.money.negative}")
  @Digits(
      integer = MONEY_INTEGER_DIGITS,
      fraction = Money.SCALE,
      message = "{applicant.money.format}")
  private BigDecimal monthlyIncome;

  @NotNull(message = "{field.required}")
  private EducationLevel education;

  @Size(max = ProjectHolder.SKILLS_LENGTH, message = "{field.tooLong}")
  private String skills;

  @Min(value = 0, message = "{applicant.experienceYears.range}")
  @Max(value = 60, message = "{applicant.experienceYears.range}")
  private Integer experienceYears;

  @NotNull(message = "{field.required}")
  private Disability disability = Disability.NONE;

  @NotBlank(message = "{field.required}")
  @Size(max = ProjectIdea.TITLE_LENGTH, message = "{field.tooLong}")
  private String projectTitle;

  @NotNull(message = "{field.required}")
  private Trade trade;

  @Size(max = ProjectIdea.DESCRIPTION_LENGTH, message = "{field.tooLong}")
  private String projectDescription;

  @NotNull(message = "{field.required}")
  @DecimalMin(value = "0", message = "{applicant.money.negative}")
  @Digits(
      integer = MONEY_INTEGER_DIGITS,
      fraction = Money.SCALE,
      message = "{applicant.money.format}")
  private BigDecimal estimatedBudget;

  @NotNull(message = "{field.required}")
  @DecimalMin(value = "0", message = "{applicant.money.negative}")
  @Digits(
      integer = MONEY_INTEGER_DIGITS,
      fraction = Money.SCALE,
      message = "{applicant.money.format}")
  private BigDecimal ownContribution;

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getCin() {
    return cin;
  }

  public void setCin(String cin) {
    this.cin = cin;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public Gender getGender() {
    return gender;
  }

  public void setGender(Gender gender) {
    this.gender = gender;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getAddressLine() {
    return addressLine;
  }

  public void setAddressLine(String addressLine) {
    this.addressLine = addressLine;
  }

  public String getCommune() {
    return commune;
  }

  public void setCommune(String commune) {
    this.commune = commune;
  }

  public String getProvinceCode() {
    return provinceCode;
  }

  public void setProvinceCode(String provinceCode) {
    this.provinceCode = provinceCode;
  }

  public Integer getHouseholdSize() {
    return householdSize;
  }

  public void setHouseholdSize(Integer householdSize) {
    this.householdSize = householdSize;
  }

  public BigDecimal getMonthlyIncome() {
    return monthlyIncome;
  }

  public void setMonthlyIncome(BigDecimal monthlyIncome) {
    this.monthlyIncome = monthlyIncome;
  }

  /** Income per person as the form shows it while typing; empty until both inputs are valid. */
  public Money getIncomePerPerson() {
    if (householdSize == null
        || householdSize < 1
        || monthlyIncome == null
        || monthlyIncome.signum() < 0) {
      return null;
    }
    return Money.mad(monthlyIncome).dividedBy(householdSize);
  }

  public EducationLevel getEducation() {
    return education;
  }

  public void setEducation(EducationLevel education) {
    this.education = education;
  }

  public String getSkills() {
    return skills;
  }

  public void setSkills(String skills) {
    this.skills = skills;
  }

  public Integer getExperienceYears() {
    return experienceYears;
  }

  public void setExperienceYears(Integer experienceYears) {
    this.experienceYears = experienceYears;
  }

  public Disability getDisability() {
    return disability;
  }

  public void setDisability(Disability disability) {
    this.disability = disability;
  }

  public String getProjectTitle() {
    return projectTitle;
  }

  public void setProjectTitle(String projectTitle) {
    this.projectTitle = projectTitle;
  }

  public Trade getTrade() {
    return trade;
  }

  public void setTrade(Trade trade) {
    this.trade = trade;
  }

  public String getProjectDescription() {
    return projectDescription;
  }

  public void setProjectDescription(String projectDescription) {
    this.projectDescription = projectDescription;
  }

  public BigDecimal getEstimatedBudget() {
    return estimatedBudget;
  }

  public void setEstimatedBudget(BigDecimal estimatedBudget) {
    this.estimatedBudget = estimatedBudget;
  }

  public BigDecimal getOwnContribution() {
    return ownContribution;
  }

  public void setOwnContribution(BigDecimal ownContribution) {
    this.ownContribution = ownContribution;
  }
}
