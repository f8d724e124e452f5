package org.incubator.programme;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.incubator.grant.TranchePlan;
import org.incubator.identity.UserAccount;
import org.incubator.shared.Money;

/**
 * One change of the programme's settings: who, when, and the settings as they were after it (the
 * change before it shows them before). The database refuses to edit or delete it.
 */
@Entity
@Table(name = "programme_settings_change")
public class SettingsChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(
      name = "changed_by",
      length = UserAccount.USERNAME_LENGTH,
      nullable = false,
      updatable = false)
  private String by;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant at;

  @Embedded
  @AttributeOverride(
      name = "amount",
      column = @Column(name = "grant_ceiling", nullable = false, updatable = false))
  private Money grantCeiling;

  @Embedded
  @AttributeOverride(
      name = "amount",
      column = @Column(name = "two_reviewers_above", nullable = false, updatable = false))
  private Money twoReviewersAbove;

  @Column(name = "tranche_plan", length = 400, nullable = false, updatable = false)
  private String tranchePlan;

  @Column(name = "repeat_years", nullable = false, updatable = false)
  private int repeatYears;

  @Column(name = "documents_per_application", nullable = false, updatable = false)
  private int documentsPerApplication;

  @Column(name = "megabytes_per_account", nullable = false, updatable = false)
  private int megabytesPerAccount;

  @Column(name = "committee_quorum", nullable = false, updatable = false)
  private int committeeQuorum;

  protected SettingsChange() {}

  /** The change that has just made {@code settings} what they are. */
  public SettingsChange(ProgrammeSettings settings) {
    this.by = settings.getUpdatedBy();
    this.at = settings.getUpdatedAt();
    this.grantCeiling = settings.getGrantCeiling();
    this.twoReviewersAbove = settings.getTwoReviewersAbove();
    this.tranchePlan = TranchePlan.write(settings.getTranchePlan());
    this.repeatYears = settings.getRepeatYears();
    this.documentsPerApplication = settings.getDocumentsPerApplication();
    this.megabytesPerAccount = settings.getMegabytesPerAccount();
    this.committeeQuorum = settings.getCommitteeQuorum();
  }

  public Long getId() {
    return id;
  }

  public String getBy() {
    return by;
  }

  public Instant getAt() {
    return at;
  }

  public Money getGrantCeiling() {
    return grantCeiling;
  }

  public Money getTwoReviewersAbove() {
    return twoReviewersAbove;
  }

  public TranchePlan getTranchePlan() {
    return TranchePlan.parse(tranchePlan);
  }

  public int getRepeatYears() {
    return repeatYears;
  }

  public int getDocumentsPerApplication() {
    return documentsPerApplication;
  }

  public int getMegabytesPerAccount() {
    return megabytesPerAccount;
  }

  public int getCommitteeQuorum() {
    return committeeQuorum;
  }
}
