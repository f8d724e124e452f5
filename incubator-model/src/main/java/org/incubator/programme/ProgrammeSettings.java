package org.incubator.programme;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.incubator.grant.TranchePlan;
import org.incubator.identity.UserAccount;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Money;

/**
 * The settings of the programme that the administrator changes on a page: the seed-grant ceiling
 * per person, the amount above which two reviewers must approve, the tranche plan of new grants,
 * how many years an earlier admission flags someone applying again, and the document quotas (per
 * application, per online account). There is one row; a change applies to what is decided after it
 * (grants already prepared keep their tranches).
 */
@Entity
@Table(name = "programme_settings")
public class ProgrammeSettings {

  public static final int THE_ONLY_ROW = 1;
  public static final int MAX_REPEAT_YEARS = 20;
  public static final int MAX_DOCUMENTS_PER_APPLICATION = 100;
  public static final int MIN_MEGABYTES_PER_ACCOUNT = 5;
  public static final int MAX_MEGABYTES_PER_ACCOUNT = 2000;

  /** Four eyes need two members at least; a committee of more than fifteen is not one. */
  public static final int MIN_QUORUM = 2;

  public static final int MAX_QUORUM = 15;

  @Id private int id;

  @Version private long version;

  @Embedded
  @AttributeOverride(name = "amount", column = @Column(name = "grant_ceiling", nullable = false))
  private Money grantCeiling;

  @Embedded
  @AttributeOverride(
      name = "amount",
      column = @Column(name = "two_reviewers_above", nullable = false))
  private Money twoReviewersAbove;

  @Column(name = "tranche_plan", length = 400, nullable = false)
  private String tranchePlan;

  @Column(name = "repeat_years", nullable = false)
  private int repeatYears;

  @Column(name = "documents_per_application", nullable = false)
  private int documentsPerApplication;

  @Column(name = "megabytes_per_account", nullable = false)
  private int megabytesPerAccount;

  @Column(name = "committee_quorum", nullable = false)
  private int committeeQuorum;

  @Column(name = "updated_by", length = UserAccount.USERNAME_LENGTH, nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected ProgrammeSettings() {}

  /** Changes every setting at once, checked together. */
  public void change(
      Money ceiling,
      Money twoReviewers,
      TranchePlan plan,
      int years,
      int documents,
      int megabytes,
      int quorum,
      String by,
      Instant when) {
    if (ceiling == null || !ceiling.isGreaterThan(Money.ZERO)) {
      throw IncubatorException.onField("grantCeiling", "grant.amount.positive");
    }
    if (twoReviewers == null || Money.ZERO.isGreaterThan(twoReviewers)) {
      throw IncubatorException.onField("twoReviewersAbove", "programme.settings.notNegative");
    }
    if (years < 0 || years > MAX_REPEAT_YEARS) {
      throw IncubatorException.onField("repeatYears", "programme.settings.years");
    }
    if (documents < 1 || documents > MAX_DOCUMENTS_PER_APPLICATION) {
      throw IncubatorException.onField(
          "documentsPerApplication", "programme.settings.documents", MAX_DOCUMENTS_PER_APPLICATION);
    }
    if (megabytes < MIN_MEGABYTES_PER_ACCOUNT || megabytes > MAX_MEGABYTES_PER_ACCOUNT) {
      throw IncubatorException.onField(
          "megabytesPerAccount",
          "programme.settings.megabytes",
          MIN_MEGABYTES_PER_ACCOUNT,
          MAX_MEGABYTES_PER_ACCOUNT);
    }
    if (quorum < MIN_QUORUM || quorum > MAX_QUORUM) {
      throw IncubatorException.onField("committeeQuorum", "programme.settings.quorum");
    }
    this.committeeQuorum = quorum;
    this.documentsPerApplication = documents;
    this.megabytesPerAccount = megabytes;
    this.grantCeiling = ceiling;
    this.twoReviewersAbove = twoReviewers;
    this.tranchePlan = TranchePlan.write(plan);
    this.repeatYears = years;
    this.updatedBy = by;
    this.updatedAt = when;
  }

  public long getVersion() {
    return version;
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

  /** How many members a committee session needs present to decide. */
  public int getCommitteeQuorum() {
    return committeeQuorum;
  }

  /** How many documents one application holds at most. */
  public int getDocumentsPerApplication() {
    return documentsPerApplication;
  }

  /** How many megabytes one online account uploads at most, all its documents together. */
  public int getMegabytesPerAccount() {
    return megabytesPerAccount;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
