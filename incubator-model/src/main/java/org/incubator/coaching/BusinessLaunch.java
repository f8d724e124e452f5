package org.incubator.coaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.incubator.identity.UserAccount;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Province;
import org.incubator.shared.TypedText;
import org.incubator.training.Participant;

/**
 * The day a person's business started: its legal form, registration, premises and activity, as the
 * lead mentor recorded it. It releases money (the "business launched" milestone) only when vouched
 * for by a mentor who did not prepare the person's grant: whoever recorded it, or a second mentor
 * who confirmed it.
 */
@Entity
@Table(name = "business_launch")
public class BusinessLaunch {

  public static final int REGISTRATION_LENGTH = 40;
  public static final int ADDRESS_LENGTH = 300;
  public static final int ACTIVITY_LENGTH = 300;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "participant_id", nullable = false, updatable = false, unique = true)
  private Participant participant;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_form", length = 30, nullable = false)
  private LegalForm legalForm;

  @Column(name = "registration_number", length = REGISTRATION_LENGTH)
  private String registrationNumber;

  @Column(name = "started_on", nullable = false)
  private LocalDate startedOn;

  @Column(name = "address", length = ADDRESS_LENGTH, nullable = false)
  private String address;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "province_code", nullable = false)
  private Province province;

  @Column(name = "activity", length = ACTIVITY_LENGTH, nullable = false)
  private String activity;

  @Column(
      name = "recorded_by",
      length = UserAccount.USERNAME_LENGTH,
      nullable = false,
      updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "confirmed_by", length = UserAccount.USERNAME_LENGTH)
  private String confirmedBy;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  protected BusinessLaunch() {}

  /** The launch as recorded; the person's journey moves to launched with it. */
  public static BusinessLaunch recorded(
      Participant participant,
      LaunchDetails details,
      Province province,
      LocalDate today,
      String by,
      Instant when) {
    var launch = new BusinessLaunch();
    launch.change(details, province, today);
    participant.launch(by, when);
    launch.participant = participant;
    launch.recordedBy = by;
    launch.recordedAt = when;
    return launch;
  }

  /** Facts corrected; the confirmation, if any, stands: it vouched for the start, not a typo. */
  public void change(LaunchDetails details, Province province, LocalDate today) {
    if (details.getLegalForm() == null) {
      throw IncubatorException.onField("legalForm", "field.required");
    }
    String number =
        TypedText.optional(
            details.getRegistrationNumber(), "registrationNumber", REGISTRATION_LENGTH);
    if (number != null && !details.getLegalForm().isRegistered()) {
      throw IncubatorException.onField("registrationNumber", "coaching.launch.notRegistered");
    }
    if (details.getStartedOn() == null) {
      throw IncubatorException.onField("startedOn", "field.required");
    }
    if (details.getStartedOn().isAfter(today)) {
      throw IncubatorException.onField("startedOn", "coaching.launch.future");
    }
    String where = TypedText.required(details.getAddress(), "launchAddress", ADDRESS_LENGTH);
    if (province == null) {
      throw IncubatorException.onField("launchProvince", "field.required");
    }
    String what = TypedText.required(details.getActivity(), "activity", ACTIVITY_LENGTH);
    this.legalForm = details.getLegalForm();
    this.registrationNumber = number;
    this.startedOn = details.getStartedOn();
    this.address = where;
    this.province = province;
    this.activity = what;
  }

  /** A second mentor confirms the launch; the one who recorded it cannot. */
  public void confirm(String by, Instant when) {
    if (confirmedBy != null) {
      throw new IncubatorException("coaching.launch.alreadyConfirmed", confirmedBy);
    }
    if (recordedBy.equals(by)) {
      throw new IncubatorException("coaching.launch.confirmByAnother");
    }
    this.confirmedBy = by;
    this.confirmedAt = when;
  }

  /**
   * Whether a mentor who prepared none of {@code preparers}' grant requests vouches for the launch:
   * separation of duties, the fact that releases money is not only the word of who asked for it.
   */
  public boolean isVouchedForApartFrom(Collection<String> preparers) {
    return !preparers.contains(recordedBy)
        || (confirmedBy != null && !preparers.contains(confirmedBy));
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Participant getParticipant() {
    return participant;
  }

  public LegalForm getLegalForm() {
    return legalForm;
  }

  public String getRegistrationNumber() {
    return registrationNumber;
  }

  public LocalDate getStartedOn() {
    return startedOn;
  }

  public String getAddress() {
    return address;
  }

  public Province getProvince() {
    return province;
  }

  public String getActivity() {
    return activity;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public Optional<String> getConfirmedBy() {
    return Optional.ofNullable(confirmedBy);
  }

  public Optional<Instant> getConfirmedAt() {
    return Optional.ofNullable(confirmedAt);
  }
}
