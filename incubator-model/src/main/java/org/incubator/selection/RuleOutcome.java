package org.incubator.selection;

import java.io.Serializable;
import java.util.List;

/**
 * How one applicant fares against one eligibility rule, with the reason as a message key and its
 * arguments, so that a mentor and the applicant read why in their own language.
 */
public record RuleOutcome(
    EligibilityRule rule, boolean passed, String reasonKey, List<Object> arguments)
    implements Serializable {

  public RuleOutcome {
    arguments = List.copyOf(arguments);
  }

  static RuleOutcome pass(EligibilityRule rule, String reasonKey, Object... arguments) {
    return new RuleOutcome(rule, true, reasonKey, List.of(arguments));
  }

  static RuleOutcome fail(EligibilityRule rule, String reasonKey, Object... arguments) {
    return new RuleOutcome(rule, false, reasonKey, List.of(arguments));
  }
}
