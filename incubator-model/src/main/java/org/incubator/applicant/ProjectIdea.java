package org.incubator.applicant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Money;

/**
 * The project a holder wants to start. The holder's own contribution is part of the estimated
 * budget, so it can never exceed it.
 */
@Embeddable
public class ProjectIdea implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final int TITLE_LENGTH = 150;
  public static final int DESCRIPTION_LENGTH = 4000;

  @Column(name = "project_title", length = TITLE_LENGTH, nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "project_trade", length = 30, nullable = false)
  private Trade trade;

  @Column(name = "project_description", length = DESCRIPTION_LENGTH)
  private String description;

  @Embedded
  @AttributeOverride(
      name = "amount",
      column = @Column(name = "project_estimated_budget", nullable = false))
  private Money estimatedBudget;

  @Embedded
  @AttributeOverride(
      name = "amount",
      column = @Column(name = "project_own_contribution", nullable = false))
  private Money ownContribution;

  protected ProjectIdea() {}

  public ProjectIdea(
      String title, Trade trade, String description, Money estimatedBudget, Money ownContribution) {
    this.title = Objects.requireNonNull(title, "title").strip();
    this.trade = Objects.requireNonNull(trade, "trade");
    this.description = description == null || description.isBlank() ? null : description.strip();
    if (estimatedBudget.isNegative()) {
      throw IncubatorException.onField("estimatedBudget", "applicant.money.negative");
    }
    if (ownContribution.isNegative()) {
      throw IncubatorException.onField("ownContribution", "applicant.money.negative");
    }
    if (ownContribution.isGreaterThan(estimatedBudget)) {
      throw IncubatorException.onField(
          "ownContribution", "applicant.ownContribution.exceedsBudget");
    }
    this.estimatedBudget = estimatedBudget;
    this.ownContribution = ownContribution;
  }

  public String getTitle() {
    return title;
  }

  public Trade getTrade() {
    return trade;
  }

  public String getDescription() {
    return description;
  }

  public Money getEstimatedBudget() {
    return estimatedBudget;
  }

  public Money getOwnContribution() {
    return ownContribution;
  }

  /** What the project still needs beyond the holder's own contribution. */
  public Money getFundingNeed() {
    return estimatedBudget.minus(ownContribution);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProjectIdea other
        && title.equals(other.title)
        && trade == other.trade
        && Objects.equals(description, other.description)
        && estimatedBudget.equals(other.estimatedBudget)
        && ownContribution.equals(other.ownContribution);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, trade, estimatedBudget);
  }
}
