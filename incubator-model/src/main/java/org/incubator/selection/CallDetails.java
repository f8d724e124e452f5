package org.incubator.selection;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.incubator.shared.Money;

/**
 * What the administrator types about a call: the form behind its page and the input of its use
 * cases.
 */
public class CallDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{field.required}")
  @Size(max = CallForApplications.NAME_LENGTH, message = "{field.tooLong}")
  private String name;

  @NotNull(message = "{field.required}")
  private LocalDate opensOn;

  @NotNull(message = "{field.required}")
  private LocalDate closesOn;

  @NotNull(message = "{field.required}")
  @Min(value = 1, message = "{selection.call.places}")
  @Max(value = CallForApplications.MAX_PLACES, message = "{selection.call.places}")
  private Integer places;

  @NotEmpty(message = "{selection.call.provinces}")
  private List<String> provinceCodes = new ArrayList<>();

  @NotNull(message = "{field.required}")
  @Min(value = EligibilityRules.YOUNGEST, message = "{selection.rules.ageRange}")
  @Max(value = EligibilityRules.OLDEST, message = "{selection.rules.ageRange}")
  private Integer minAge = 18;

  @NotNull(message = "{field.required}")
  @Min(value = EligibilityRules.YOUNGEST, message = "{selection.rules.ageRange}")
  @Max(value = EligibilityRules.OLDEST, message = "{selection.rules.ageRange}")
  private Integer maxAge = 35;

  @DecimalMin(value = "0", message = "{applicant.money.negative}")
  @Digits(
      integer = Money.PRECISION - Money.SCALE,
      fraction = Money.SCALE,
      message = "{applicant.money.format}")
  private BigDecimal incomeCeilingPerPerson;

  private boolean skillProofRequired = true;

  @NotNull(message = "{field.required}")
  @Min(value = 1, message = "{selection.grid.topMark}")
  @Max(value = ScoringGrid.HIGHEST_TOP_MARK, message = "{selection.grid.topMark}")
  private Integer topMark = 10;

  @NotNull(message = "{field.required}")
  @Min(value = 0, message = "{selection.grid.weight}")
  @Max(value = ScoringGrid.HIGHEST_WEIGHT, message = "{selection.grid.weight}")
  private Integer weightVulnerability = 30;

  @NotNull(message = "{field.required}")
  @Min(value = 0, message = "{selection.grid.weight}")
  @Max(value = ScoringGrid.HIGHEST_WEIGHT, message = "{selection.grid.weight}")
  private Integer weightSkills = 20;

  @NotNull(message = "{field.required}")
  @Min(value = 0, message = "{selection.grid.weight}")
  @Max(value = ScoringGrid.HIGHEST_WEIGHT, message = "{selection.grid.weight}")
  private Integer weightViability = 30;

  @NotNull(message = "{field.required}")
  @Min(value = 0, message = "{selection.grid.weight}")
  @Max(value = ScoringGrid.HIGHEST_WEIGHT, message = "{selection.grid.weight}")
  private Integer weightInterview = 20;

  /** The grid these details describe. */
  public ScoringGrid toGrid() {
    return new ScoringGrid(topMark, getWeights());
  }

  public Map<Criterion, Integer> getWeights() {
    return Map.of(
        Criterion.VULNERABILITY, weightVulnerability,
        Criterion.SKILLS, weightSkills,
        Criterion.VIABILITY, weightViability,
        Criterion.INTERVIEW, weightInterview);
  }

  public void setWeights(Map<Criterion, Integer> weights) {
    weightVulnerability = weights.get(Criterion.VULNERABILITY);
    weightSkills = weights.get(Criterion.SKILLS);
    weightViability = weights.get(Criterion.VIABILITY);
    weightInterview = weights.get(Criterion.INTERVIEW);
  }

  public Integer getTopMark() {
    return topMark;
  }

  public void setTopMark(Integer topMark) {
    this.topMark = topMark;
  }

  public Integer getWeightVulnerability() {
    return weightVulnerability;
  }

  public void setWeightVulnerability(Integer weightVulnerability) {
    this.weightVulnerability = weightVulnerability;
  }

  public Integer getWeightSkills() {
    return weightSkills;
  }

  public void setWeightSkills(Integer weightSkills) {
    this.weightSkills = weightSkills;
  }

  public Integer getWeightViability() {
    return weightViability;
  }

  public void setWeightViability(Integer weightViability) {
    this.weightViability = weightViability;
  }

  public Integer getWeightInterview() {
    return weightInterview;
  }

  public void setWeightInterview(Integer weightInterview) {
    this.weightInterview = weightInterview;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LocalDate getOpensOn() {
    return opensOn;
  }

  public void setOpensOn(LocalDate opensOn) {
    this.opensOn = opensOn;
  }

  public LocalDate getClosesOn() {
    return closesOn;
  }

  public void setClosesOn(LocalDate closesOn) {
    this.closesOn = closesOn;
  }

  public Integer getPlaces() {
    return places;
  }

  public void setPlaces(Integer places) {
    this.places = places;
  }

  public List<String> getProvinceCodes() {
    return provinceCodes;
  }

  public void setProvinceCodes(List<String> provinceCodes) {
    this.provinceCodes = provinceCodes == null ? new ArrayList<>() : new ArrayList<>(provinceCodes);
  }

  public Integer getMinAge() {
    return minAge;
  }

  public void setMinAge(Integer minAge) {
    this.minAge = minAge;
  }

  public Integer getMaxAge() {
    return maxAge;
  }

  public void setMaxAge(Integer maxAge) {
    this.maxAge = maxAge;
  }

  public BigDecimal getIncomeCeilingPerPerson() {
    return incomeCeilingPerPerson;
  }

  public void setIncomeCeilingPerPerson(BigDecimal incomeCeilingPerPerson) {
    this.incomeCeilingPerPerson = incomeCeilingPerPerson;
  }

  public boolean isSkillProofRequired() {
    return skillProofRequired;
  }

  public void setSkillProofRequired(boolean skillProofRequired) {
    this.skillProofRequired = skillProofRequired;
  }
}
