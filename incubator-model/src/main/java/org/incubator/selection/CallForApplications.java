package org.incubator.selection;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.incubator.applicant.ProjectHolder;
import org.incubator.identity.UserAccount;
import org.incubator.shared.DateRange;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Money;
import org.incubator.shared.Province;

/**
 * A call for applications: the period in which young people of some provinces may apply, the number
 * of places it offers, and the eligibility rules their applications are checked against.
 */
@Entity
@Table(name = "call_for_applications")
public class CallForApplications {

  public static final int NAME_LENGTH = 150;
  public static final int MAX_PLACES = 10_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "name", length = NAME_LENGTH, nullable = false)
  private String name;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "start", column = @Column(name = "opens_on", nullable = false)),
    @AttributeOverride(name = "end", column = @Column(name = "closes_on", nullable = false))
  })
  private DateRange period;

  @Column(name = "places", nullable = false)
  private int places;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "call_province",
      joinColumns = @JoinColumn(name = "call_id"),
      inverseJoinColumns = @JoinColumn(name = "province_code"))
  private Set<Province> provinces = new HashSet<>();

  @Embedded private EligibilityRules rules;

  @Embedded private ScoringGrid grid = ScoringGrid.standard();

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", length = UserAccount.USERNAME_LENGTH, nullable = false)
  private String updatedBy;

  protected CallForApplications() {}

  public CallForApplications(
      String name,
      DateRange period,
      int places,
      Set<Province> provinces,
      EligibilityRules rules,
      String by,
      Instant when) {
    revise(name, period, places, provinces, rules, by, when);
  }

  /** Changes the call; applications not yet decided are then assessed against the new rules. */
  public void revise(
      String name,
      DateRange period,
      int places,
      Set<Province> provinces,
      EligibilityRules rules,
      String by,
      Instant when) {
    if (name == null || name.isBlank()) {
      throw IncubatorException.onField("name", "field.required");
    }
    if (places < 1 || places > MAX_PLACES) {
      throw IncubatorException.onField("places", "selection.call.places", MAX_PLACES);
    }
    if (provinces == null || provinces.isEmpty()) {
      throw IncubatorException.onField("provinceCodes", "selection.call.provinces");
    }
    this.name = name.strip();
    this.period = Objects.requireNonNull(period, "period");
    this.places = places;
    this.provinces = new HashSet<>(provinces);
    this.rules = Objects.requireNonNull(rules, "rules");
    this.updatedAt = Objects.requireNonNull(when, "when");
    this.updatedBy = Objects.requireNonNull(by, "by");
  }

  /** Changes the scoring grid; the caller brings the totals of undecided applications in line. */
  public void regrade(ScoringGrid newGrid) {
    this.grid = Objects.requireNonNull(newGrid, "grid");
  }

  /** The holder against every eligibility rule, ages counted on the closing date. */
  public List<RuleOutcome> assess(ProjectHolder holder) {
    return rules.assess(holder, period.getEnd(), provinces);
  }

  /** The call as a form, to be edited and passed back to {@link #revise}. */
  public CallDetails toDetails() {
    var d = new CallDetails();
    d.setName(name);
    d.setOpensOn(period.getStart());
    d.setClosesOn(period.getEnd());
    d.setPlaces(places);
    d.setProvinceCodes(provinces.stream().map(Province::getCode).sorted().toList());
    d.setMinAge(rules.getMinAge());
    d.setMaxAge(rules.getMaxAge());
    d.setIncomeCeilingPerPerson(
        rules.getIncomeCeilingPerPerson().map(Money::getAmount).orElse(null));
    d.setSkillProofRequired(rules.isSkillProofRequired());
    d.setTopMark(grid.getTopMark());
    d.setWeights(grid.getWeights());
    return d;
  }

  public boolean isOpenOn(LocalDate day) {
    return period.contains(day);
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getName() {
    return name;
  }

  public DateRange getPeriod() {
    return period;
  }

  public int getPlaces() {
    return places;
  }

  public Set<Province> getProvinces() {
    return Set.copyOf(provinces);
  }

  public ScoringGrid getGrid() {
    return grid;
  }

  public EligibilityRules getRules() {
    return rules;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  @Override
  public boolean equals(Object o) {
    return this == o
        || (o instanceof CallForApplications other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return CallForApplications.class.hashCode();
  }
}
