package org.incubator.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.incubator.grant.Milestone;
import org.incubator.grant.TranchePlan;
import org.incubator.shared.Money;

/**
 * What the administrator types on the settings page, with the version of the settings they opened.
 */
public class SettingsDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One tranche of the plan as typed: its share in percent and the milestone that unlocks it. */
  public static class Share implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{field.required}")
    @Min(value = 1, message = "{programme.settings.share}")
    @Max(value = 100, message = "{programme.settings.share}")
    private Integer percent;

    @NotNull(message = "{field.required}")
    private Milestone milestone;

    public Share() {}

    public Share(Integer percent, Milestone milestone) {
      this.percent = percent;
      this.milestone = milestone;
    }

    public Integer getPercent() {
      return percent;
    }

    public void setPercent(Integer percent) {
      this.percent = percent;
    }

    public Milestone getMilestone() {
      return milestone;
    }

    public void setMilestone(Milestone milestone) {
      this.milestone = milestone;
    }
  }

  private long version;

  @NotNull(message = "{field.required}")
  @DecimalMin(value = "0.01", message = "{grant.amount.positive}")
  @Digits(
      integer = Money.PRECISION - Money.SCALE,
      fraction = Money.SCALE,
      message = "{applicant.money.format}")
  private BigDecimal grantCeiling;

  @NotNull(message = "{field.required}")
  @DecimalMin(value = "0", message = "{programme.settings.notNegative}")
  @Digits(
      integer = Money.PRECISION - Money.SCALE,
      fraction = Money.SCALE,
      message = "{applicant.money.format}")
  private BigDecimal twoReviewersAbove;

  @NotNull(message = "{field.required}")
  @Min(value = 0, message = "{programme.settings.years}")
  @Max(value = ProgrammeSettings.MAX_REPEAT_YEARS, message = "{programme.settings.years}")
  private Integer repeatYears;

  @NotNull(message = "{field.required}")
  @Min(value = 1, message = "{programme.settings.documents}")
  @Max(
      value = ProgrammeSettings.MAX_DOCUMENTS_PER_APPLICATION,
      message = "{programme.settings.documents}")
  private Integer documentsPerApplication = 10;

  @NotNull(message = "{field.required}")
  @Min(
      value = ProgrammeSettings.MIN_MEGABYTES_PER_ACCOUNT,
      message = "{programme.settings.megabytes}")
  @Max(
      value = ProgrammeSettings.MAX_MEGABYTES_PER_ACCOUNT,
      message = "{programme.settings.megabytes}")
  private Integer megabytesPerAccount = 50;

  @NotNull(message = "{field.required}")
  @Min(value = ProgrammeSettings.MIN_QUORUM, message = "{programme.settings.quorum}")
  @Max(value = ProgrammeSettings.MAX_QUORUM, message = "{programme.settings.quorum}")
  private Integer committeeQuorum = 3;

  @Valid private List<Share> tranches = new ArrayList<>();

  /** The form filled with the settings as they are now. */
  public static SettingsDetails of(ProgrammeSettings settings) {
    var details = new SettingsDetails();
    details.version = settings.getVersion();
    details.grantCeiling = settings.getGrantCeiling().getAmount();
    details.twoReviewersAbove = settings.getTwoReviewersAbove().getAmount();
    details.repeatYears = settings.getRepeatYears();
    details.documentsPerApplication = settings.getDocumentsPerApplication();
    details.megabytesPerAccount = settings.getMegabytesPerAccount();
    details.committeeQuorum = settings.getCommitteeQuorum();
    settings
        .getTranchePlan()
        .shares()
        .forEach(s -> details.tranches.add(new Share(s.percent(), s.milestone())));
    return details;
  }

  /** The plan as typed; refused on the tranches field unless the shares add up to 100 %. */
  public TranchePlan plan() {
    return new TranchePlan(
        tranches.stream()
            .map(s -> new TranchePlan.Share(s.percent == null ? 0 : s.percent, s.milestone))
            .toList());
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public BigDecimal getGrantCeiling() {
    return grantCeiling;
  }

  public void setGrantCeiling(BigDecimal grantCeiling) {
    this.grantCeiling = grantCeiling;
  }

  public BigDecimal getTwoReviewersAbove() {
    return twoReviewersAbove;
  }

  public void setTwoReviewersAbove(BigDecimal twoReviewersAbove) {
    this.twoReviewersAbove = twoReviewersAbove;
  }

  public Integer getRepeatYears() {
    return repeatYears;
  }

  public void setRepeatYears(Integer repeatYears) {
    this.repeatYears = repeatYears;
  }

  public Integer getDocumentsPerApplication() {
    return documentsPerApplication;
  }

  public void setDocumentsPerApplication(Integer documentsPerApplication) {
    this.documentsPerApplication = documentsPerApplication;
  }

  public Integer getMegabytesPerAccount() {
    return megabytesPerAccount;
  }

  public void setMegabytesPerAccount(Integer megabytesPerAccount) {
    this.megabytesPerAccount = megabytesPerAccount;
  }

  public Integer getCommitteeQuorum() {
    return committeeQuorum;
  }

  public void setCommitteeQuorum(Integer committeeQuorum) {
    this.committeeQuorum = committeeQuorum;
  }

  public List<Share> getTranches() {
    return tranches;
  }

  public void setTranches(List<Share> tranches) {
    this.tranches = tranches;
  }
}
