package org.incubator.grant;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.incubator.shared.Money;

/** What the administrator types to open a budget envelope. */
public class EnvelopeDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{field.required}")
  @Size(max = BudgetEnvelope.NAME_LENGTH, message = "{field.tooLong}")
  private String name;

  @NotBlank(message = "{field.required}")
  @Size(max = BudgetEnvelope.NAME_LENGTH, message = "{field.tooLong}")
  private String fundingSource;

  @NotNull(message = "{field.required}")
  @DecimalMin(value = "0.01", message = "{grant.amount.positive}")
  @Digits(
      integer = Money.PRECISION - Money.SCALE,
      fraction = Money.SCALE,
      message = "{applicant.money.format}")
  private BigDecimal amount;

  @NotNull(message = "{field.required}")
  private LocalDate startsOn;

  @NotNull(message = "{field.required}")
  private LocalDate endsOn;

  private List<Long> callIds = new ArrayList<>();

  private List<Long> cohortIds = new ArrayList<>();

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getFundingSource() {
    return fundingSource;
  }

  public void setFundingSource(String fundingSource) {
    this.fundingSource = fundingSource;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public List<Long> getCallIds() {
    return callIds;
  }

  public void setCallIds(List<Long> callIds) {
    this.callIds = callIds;
  }

  public List<Long> getCohortIds() {
    return cohortIds;
  }

  public void setCohortIds(List<Long> cohortIds) {
    this.cohortIds = cohortIds;
  }
}
