package org.incubator.selection;

import jakarta.validation.Valid;
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
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

  @Valid private List<Weight> criterionWeights = Weight.of(ScoringGrid.standard().getWeights());

  /** The grid these details describe. */
  public ScoringGrid toGrid() {
    return new ScoringGrid(topMark, getWeights());
  }

  /** The weight of every criterion, as typed. */
  public Map<Criterion, Integer> getWeights() {
    Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
    criterionWeights.forEach(w -> weights.put(w.criterion, w.value));
    return weights;
  }

  public void setWeights(Map<Criterion, Integer> weights) {
    criterionWeights = Weight.of(weights);
  }

  /** One field per criterion, in the order of {@link Criterion}. */
  public List<Weight> getCriterionWeights() {
    return criterionWeights;
  }

  /** The weight typed for one criterion. */
  public static class Weight implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Criterion criterion;

    @NotNull(message = "{field.required}")
    @Min(value = 0, message = "{selection.grid.weight}")
    @Max(value = ScoringGrid.HIGHEST_WEIGHT, message = "{selection.grid.weight}")
    private Integer value;

    Weight(Criterion criterion, Integer value) {
      this.criterion = criterion;
      this.value = value;
    }

    static List<Weight> of(Map<Criterion, Integer> weights) {
      return Arrays.stream(Criterion.values())
          .map(c -> new Weight(c, weights.get(c)))
          .collect(Collectors.toCollection(ArrayList::new));
    }

    public Criterion getCriterion() {
      return criterion;
    }

    /** The form field of this weight (a refusal names it). */
    public String getField() {
      return ScoringGrid.fieldOf(criterion);
    }

    public Integer getValue() {
      return value;
    }

    public void setValue(Integer value) {
      this.value = value;
    }
  }

  public Integer getTopMark() {
    return topMark;
  }

  public void setTopMark(Integer topMark) {
    this.topMark = topMark;
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
