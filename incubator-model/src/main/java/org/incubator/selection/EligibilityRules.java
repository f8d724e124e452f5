package org.incubator.selection;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.incubator.applicant.EducationLevel;
import org.incubator.applicant.ProjectHolder;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Money;
import org.incubator.shared.Province;

/**
 * The eligibility rules of one call, set by the administrator without code: an age band reached on
 * the closing date, a ceiling on the household's income per person, and whether a skill must be
 * proven (a vocational or higher diploma, or at least one year of experience). The home province
 * rule is the call's own list of provinces.
 */
@Embeddable
public class EligibilityRules implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final int YOUNGEST = 15;
  public static final int OLDEST = 65;

  @Column(name = "min_age", nullable = false)
  private int minAge;

  @Column(name = "max_age", nullable = false)
  private int maxAge;

  @Embedded
  @AttributeOverride(name = "amount", column = @Column(name = "income_ceiling_per_person"))
  private Money incomeCeilingPerPerson;

  @Column(name = "skill_proof_required", nullable = false)
  private boolean skillProofRequired;

  protected EligibilityRules() {}

  /** {@code incomeCeilingPerPerson} may be null: no ceiling. */
  public EligibilityRules(
      int minAge, int maxAge, Money incomeCeilingPerPerson, boolean skillProofRequired) {
    if (minAge < YOUNGEST || minAge > OLDEST) {
      throw IncubatorException.onField("minAge", "selection.rules.ageRange", YOUNGEST, OLDEST);
    }
    if (maxAge < minAge || maxAge > OLDEST) {
      throw IncubatorException.onField("maxAge", "selection.rules.maxAge", minAge, OLDEST);
    }
    if (incomeCeilingPerPerson != null && incomeCeilingPerPerson.isNegative()) {
      throw IncubatorException.onField("incomeCeilingPerPerson", "applicant.money.negative");
    }
    this.minAge = minAge;
    this.maxAge = maxAge;
    this.incomeCeilingPerPerson = incomeCeilingPerPerson;
    this.skillProofRequired = skillProofRequired;
  }

  /** Every rule, in order, with its outcome for this holder and the reason. */
  public List<RuleOutcome> assess(
      ProjectHolder holder, LocalDate closingDate, Set<Province> provinces) {
    List<RuleOutcome> outcomes = new ArrayList<>();
    outcomes.add(age(holder.ageOn(closingDate)));
    outcomes.add(income(holder.getHousehold().getIncomePerPerson()));
    outcomes.add(skill(holder.getEducation(), holder.getExperienceYears()));
    outcomes.add(province(holder.getProvince(), provinces));
    return outcomes;
  }

  private RuleOutcome age(int age) {
    boolean inBand = age >= minAge && age <= maxAge;
    return inBand
        ? RuleOutcome.pass(EligibilityRule.AGE, "eligibility.age.pass", age, minAge, maxAge)
        : RuleOutcome.fail(EligibilityRule.AGE, "eligibility.age.fail", age, minAge, maxAge);
  }

  private RuleOutcome income(Money perPerson) {
    if (incomeCeilingPerPerson == null) {
      return RuleOutcome.pass(
          EligibilityRule.INCOME_PER_PERSON, "eligibility.income.noCeiling", plain(perPerson));
    }
    return perPerson.isGreaterThan(incomeCeilingPerPerson)
        ? RuleOutcome.fail(
            EligibilityRule.INCOME_PER_PERSON,
            "eligibility.income.fail",
            plain(perPerson),
            plain(incomeCeilingPerPerson))
        : RuleOutcome.pass(
            EligibilityRule.INCOME_PER_PERSON,
            "eligibility.income.pass",
            plain(perPerson),
            plain(incomeCeilingPerPerson));
  }

  private RuleOutcome skill(EducationLevel education, Integer experienceYears) {
    if (!skillProofRequired) {
      return RuleOutcome.pass(EligibilityRule.PROVEN_SKILL, "eligibility.skill.notRequired");
    }
    if (education == EducationLevel.VOCATIONAL || education == EducationLevel.HIGHER) {
      return RuleOutcome.pass(EligibilityRule.PROVEN_SKILL, "eligibility.skill.diploma", education);
    }
    int years = experienceYears == null ? 0 : experienceYears;
    return years >= 1
        ? RuleOutcome.pass(EligibilityRule.PROVEN_SKILL, "eligibility.skill.experience", years)
        : RuleOutcome.fail(EligibilityRule.PROVEN_SKILL, "eligibility.skill.none");
  }

  private static RuleOutcome province(Province home, Set<Province> provinces) {
    return provinces.contains(home)
        ? RuleOutcome.pass(
            EligibilityRule.HOME_PROVINCE, "eligibility.province.pass", home.getCode())
        : RuleOutcome.fail(
            EligibilityRule.HOME_PROVINCE, "eligibility.province.fail", home.getCode());
  }

  private static String plain(Money money) {
    return money.getAmount().toPlainString();
  }

  public int getMinAge() {
    return minAge;
  }

  public int getMaxAge() {
    return maxAge;
  }

  public Optional<Money> getIncomeCeilingPerPerson() {
    return Optional.ofNullable(incomeCeilingPerPerson);
  }

  public boolean isSkillProofRequired() {
    return skillProofRequired;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EligibilityRules other
        && minAge == other.minAge
        && maxAge == other.maxAge
        && Objects.equals(incomeCeilingPerPerson, other.incomeCeilingPerPerson)
        && skillProofRequired == other.skillProofRequired;
  }

  @Override
  public int hashCode() {
    return Objects.hash(minAge, maxAge, incomeCeilingPerPerson, skillProofRequired);
  }
}
