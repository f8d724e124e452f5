package org.incubator.grant;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import org.incubator.shared.Money;

/**
 * The programme's grant settings, read when the server starts: the ceiling per person
 * ({@code incubator.grant.ceiling}, 30,000 MAD), the amount above which two reviewers must
 * approve ({@code incubator.grant.two-reviewers-above}, 20,000 MAD) and the tranche plan
 * ({@code incubator.grant.tranches}, {@code 60:BUSINESS_LAUNCHED,40:EVALUATION_PASSED}). Each may
 * also come from the environment ({@code INCUBATOR_GRANT_CEILING}, …).
 */
@ApplicationScoped
public class GrantSettings {

  private final Money ceiling = Money.mad(new BigDecimal(setting("incubator.grant.ceiling", "INCUBATOR_GRANT_CEILING", "30000")));
  private final Money twoReviewersAbove =
      Money.mad(new BigDecimal(setting("incubator.grant.two-reviewers-above", "INCUBATOR_GRANT_TWO_REVIEWERS_ABOVE", "20000")));
  private final TranchePlan plan =
      TranchePlan.parse(setting("incubator.grant.tranches", "INCUBATOR_GRANT_TRANCHES", "60:BUSINESS_LAUNCHED,40:EVALUATION_PASSED"));

  private static String setting(String property, String environment, String fallback) {
    String value = System.getProperty(property, System.getenv(environment));
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  public Money getCeiling() {
    return ceiling;
  }

  public Money getTwoReviewersAbove() {
    return twoReviewersAbove;
  }

  public TranchePlan getPlan() {
    return plan;
  }
}
