package org.incubator.applicant;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.incubator.identity.UserAccount;
import org.incubator.shared.Cin;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Money;
import org.incubator.shared.PhoneNumber;
import org.incubator.shared.Province;

/**
 * A young project holder in the centre's register: the person, their household and the project they
 * want to start. One holder per CIN. Two mentors may edit the same holder, so every save checks the
 * version it was based on: the second of two concurrent saves is refused, never merged.
 */
@Entity
@Table(name = "project_holder")
public class ProjectHolder {

  public static final int NAME_LENGTH = 80;
  public static final int ADDRESS_LENGTH = 200;
  public static final int COMMUNE_LENGTH = 80;
  public static final int SKILLS_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "first_name", length = NAME_LENGTH, nullable = false)
  private String firstName;

  @Column(name = "last_name", length = NAME_LENGTH, nullable = false)
  private String lastName;

  @Embedded private Cin cin;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "gender", length = 10, nullable = false)
  private Gender gender;

  @Embedded private PhoneNumber phone;

  @Column(name = "address_line", length = ADDRESS_LENGTH)
  private String addressLine;

  @Column(name = "commune", length = COMMUNE_LENGTH)
  private String commune;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "province_code", nullable = false)
  private Province province;

  @Embedded private Household household;

  @Enumerated(EnumType.STRING)
  @Column(name = "education", length = 20, nullable = false)
  private EducationLevel education;

  @Column(name = "skills", length = SKILLS_LENGTH)
  private String skills;

  @Column(name = "experience_years")
  private Integer experienceYears;

  @Enumerated(EnumType.STRING)
  @Column(name = "disability", length = 20, nullable = false)
  private Disability disability;

  @Embedded private ProjectIdea project;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Column(name = "registered_by", length = UserAccount.USERNAME_LENGTH, nullable = false)
  private String registeredBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", length = UserAccount.USERNAME_LENGTH, nullable = false)
  private String updatedBy;

  @OneToMany(mappedBy = "holder", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
  @OrderBy("at ASC")
  private List<IdentityChange> identityChanges = new ArrayList<>();

  @Column(name = "account_confirmed", nullable = false)
  private boolean accountConfirmed;

  @OneToMany(mappedBy = "holder", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
  @OrderBy("doneAt ASC")
  private List<HolderAccountEvent> accountEvents = new ArrayList<>();

  /**
   * The entrepreneur account this holder signs in with, once they have one: it sees this file only.
   */
  @Column(name = "account", length = UserAccount.USERNAME_LENGTH, unique = true)
  private String account;

  protected ProjectHolder() {}

  /**
   * Registers a project holder as the mentor typed them; the CIN must be checked unique by the
   * caller.
   */
  public ProjectHolder(
      ProjectHolderDetails details, Province province, String registeredBy, Instant when) {
    this.registeredAt = Objects.requireNonNull(when, "when");
    this.registeredBy = Objects.requireNonNull(registeredBy, "registeredBy");
    apply(details, province, registeredBy, when);
  }

  /**
   * Corrects or completes the holder's details, as a mentor does; identity changes are kept with
   * their old value.
   */
  public void revise(ProjectHolderDetails details, Province province, String by, Instant when) {
    Map<String, String> before = identity();
    apply(details, province, by, when);
    Map<String, String> after = identity();
    before.forEach(
        (field, old) -> {
          if (!Objects.equals(old, after.get(field))) {
            identityChanges.add(new IdentityChange(this, field, old, after.get(field), by, when));
          }
        });
  }

  /**
   * The holder's own changes, as they apply again online. Once a decision was made on them, their
   * identity is what was decided on: a different name, CIN, birth date or household is refused on
   * its field, and only a mentor changes it.
   */
  public void reviseOwn(
      ProjectHolderDetails details, Province province, boolean decided, String by, Instant when) {
    if (decided) {
      Map<String, String> mine = identity();
      identity(
              strippedOrNull(details.getFirstName()),
              strippedOrNull(details.getLastName()),
              Cin.parse(details.getCin()).map(Cin::getValue).orElse(null),
              details.getBirthDate(),
              details.getHouseholdSize(),
              details.getMonthlyIncome() == null
                  ? null
                  : Money.mad(details.getMonthlyIncome()).getAmount())
          .forEach(
              (field, typed) -> {
                if (!Objects.equals(typed, mine.get(field))) {
                  throw IncubatorException.onField(field, "applicant.identity.locked");
                }
              });
    }
    revise(details, province, by, when);
  }

  /** The fields that say who the person is, as text, by the form's field names. */
  private Map<String, String> identity() {
    return identity(
        firstName,
        lastName,
        cin == null ? null : cin.getValue(),
        birthDate,
        household == null ? null : household.getSize(),
        household == null ? null : household.getMonthlyIncome().getAmount());
  }

  private static Map<String, String> identity(
      String first, String last, String cin, LocalDate born, Integer size, BigDecimal income) {
    Map<String, String> identity = new LinkedHashMap<>();
    identity.put("firstName", first);
    identity.put("lastName", last);
    identity.put("cin", cin);
    identity.put("birthDate", born == null ? null : born.toString());
    identity.put("householdSize", size == null ? null : size.toString());
    identity.put("monthlyIncome", income == null ? null : income.toPlainString());
    return identity;
  }

  private static String strippedOrNull(String text) {
    return text == null ? null : text.strip();
  }

  /** Every change of identity made after registration, oldest first. */
  public List<IdentityChange> getIdentityChanges() {
    return List.copyOf(identityChanges);
  }

  private void apply(ProjectHolderDetails details, Province province, String by, Instant when) {
    Money income = Money.mad(required(details.getMonthlyIncome(), "monthlyIncome"));
    var newHousehold = new Household(required(details.getHouseholdSize(), "householdSize"), income);
    var newProject =
        new ProjectIdea(
            required(details.getProjectTitle(), "projectTitle"),
            required(details.getTrade(), "trade"),
            details.getProjectDescription(),
            Money.mad(required(details.getEstimatedBudget(), "estimatedBudget")),
            Money.mad(required(details.getOwnContribution(), "ownContribution")));
    LocalDate born = required(details.getBirthDate(), "birthDate");
    if (!born.isBefore(LocalDate.ofInstant(when, ZoneOffset.UTC))) {
      throw IncubatorException.onField("birthDate", "applicant.birthDate.past");
    }
    this.firstName = required(details.getFirstName(), "firstName").strip();
    this.lastName = required(details.getLastName(), "lastName").strip();
    this.cin = Cin.of(details.getCin());
    this.birthDate = born;
    this.gender = required(details.getGender(), "gender");
    this.phone = PhoneNumber.of(details.getPhone());
    this.addressLine = blankToNull(details.getAddressLine());
    this.commune = blankToNull(details.getCommune());
    this.province = Objects.requireNonNull(province, "province");
    this.household = newHousehold;
    this.education = required(details.getEducation(), "education");
    this.skills = blankToNull(details.getSkills());
    this.experienceYears = details.getExperienceYears();
    this.disability = details.getDisability() == null ? Disability.NONE : details.getDisability();
    this.project = newProject;
    this.updatedAt = when;
    this.updatedBy = by;
  }

  private static <T> T required(T value, String field) {
    if (value == null || value instanceof String text && text.isBlank()) {
      throw IncubatorException.onField(field, "field.required");
    }
    return value;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The details as a form, to be edited and passed back to {@link #revise}. */
  public ProjectHolderDetails toDetails() {
    var details = new ProjectHolderDetails();
    details.setFirstName(firstName);
    details.setLastName(lastName);
    details.setCin(cin.getValue());
    details.setBirthDate(birthDate);
    details.setGender(gender);
    details.setPhone(phone.getNational());
    details.setAddressLine(addressLine);
    details.setCommune(commune);
    details.setProvinceCode(province.getCode());
    details.setHouseholdSize(household.getSize());
    details.setMonthlyIncome(household.getMonthlyIncome().getAmount());
    details.setEducation(education);
    details.setSkills(skills);
    details.setExperienceYears(experienceYears);
    details.setDisability(disability);
    details.setProjectTitle(project.getTitle());
    details.setTrade(project.getTrade());
    details.setProjectDescription(project.getDescription());
    details.setEstimatedBudget(project.getEstimatedBudget().getAmount());
    details.setOwnContribution(project.getOwnContribution().getAmount());
    return details;
  }

  public int ageOn(LocalDate day) {
    return Period.between(birthDate, day).getYears();
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public String getFullName() {
    return firstName + " " + lastName;
  }

  public Cin getCin() {
    return cin;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public Gender getGender() {
    return gender;
  }

  public PhoneNumber getPhone() {
    return phone;
  }

  public String getAddressLine() {
    return addressLine;
  }

  public String getCommune() {
    return commune;
  }

  public Province getProvince() {
    return province;
  }

  public Household getHousehold() {
    return household;
  }

  public EducationLevel getEducation() {
    return education;
  }

  public String getSkills() {
    return skills;
  }

  public Integer getExperienceYears() {
    return experienceYears;
  }

  public Disability getDisability() {
    return disability;
  }

  public ProjectIdea getProject() {
    return project;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  /**
   * Gives the holder their own sign-in as the centre's staff do (the demo, a mentor who checked the
   * CIN card): confirmed at once.
   */
  public void linkAccount(String username, String by, Instant when) {
    this.account = Objects.requireNonNull(username, "username");
    this.accountConfirmed = true;
    accountEvents.add(new HolderAccountEvent(this, username, "LINKED_CONFIRMED", by, when, null));
  }

  /**
   * A file registered online by its own account: linked, but the identity is to be confirmed by a
   * mentor before anything the centre records for this CIN is shown to it or attaches to it.
   */
  public void linkAccountToConfirm(String username, Instant when) {
    this.account = Objects.requireNonNull(username, "username");
    this.accountConfirmed = false;
    accountEvents.add(
        new HolderAccountEvent(this, username, "LINKED_TO_CONFIRM", username, when, null));
  }

  void confirmAccount(String username, String mentor, Instant when) {
    if (account != null && !account.equals(username)) {
      throw new IncubatorException("applicant.claim.otherAccount", account);
    }
    this.account = username;
    this.accountConfirmed = true;
    accountEvents.add(new HolderAccountEvent(this, username, "CONFIRMED", mentor, when, null));
  }

  void unlinkAccount(String username, String mentor, Instant when, String reason) {
    if (username.equals(account)) {
      this.account = null;
      this.accountConfirmed = false;
    }
    accountEvents.add(new HolderAccountEvent(this, username, "UNLINKED", mentor, when, reason));
  }

  /**
   * Whether the linked account's identity was checked by a mentor (or the account was made by
   * staff).
   */
  public boolean isAccountConfirmed() {
    return account != null && accountConfirmed;
  }

  public Optional<String> getAccount() {
    return Optional.ofNullable(account);
  }

  public String getRegisteredBy() {
    return registeredBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof ProjectHolder other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return ProjectHolder.class.hashCode();
  }
}
