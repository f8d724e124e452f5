package org.incubator.selection;

import java.io.Serializable;
import java.math.BigDecimal;
import org.incubator.applicant.Gender;
import org.incubator.applicant.Trade;

/** One line of a call's ranking, read as plain values: no entity behind it. */
public class RankedApplication implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Long applicationId;
  private final Long rank;
  private final BigDecimal total;
  private final ApplicationStatus status;
  private final Long holderId;
  private final String fullName;
  private final Gender gender;
  private final String provinceName;
  private final Trade trade;
  private final String cohortName;
  private final boolean supportedBefore;

  public RankedApplication(
      Long applicationId,
      Long rank,
      BigDecimal total,
      ApplicationStatus status,
      Long holderId,
      String fullName,
      Gender gender,
      String provinceName,
      Trade trade,
      String cohortName,
      boolean supportedBefore) {
    this.applicationId = applicationId;
    this.rank = rank;
    this.total = total;
    this.status = status;
    this.holderId = holderId;
    this.fullName = fullName;
    this.gender = gender;
    this.provinceName = provinceName;
    this.trade = trade;
    this.cohortName = cohortName;
    this.supportedBefore = supportedBefore;
  }

  /** Admitted to another call within the setting's years: already equipped and funded once. */
  public boolean isSupportedBefore() {
    return supportedBefore;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  /** Equal totals share a rank; an application not yet fully marked has none. */
  public Long getRank() {
    return rank;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public ApplicationStatus getStatus() {
    return status;
  }

  public Long getHolderId() {
    return holderId;
  }

  public String getFullName() {
    return fullName;
  }

  public Gender getGender() {
    return gender;
  }

  public String getProvinceName() {
    return provinceName;
  }

  public Trade getTrade() {
    return trade;
  }

  public String getCohortName() {
    return cohortName;
  }
}
