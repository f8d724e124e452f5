package org.incubator.selection;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.incubator.shared.Money;

/**
 * Support a person already received for another application: a starter kit handed over, or a
 * seed-grant payment (with its amount), after admission to a call.
 */
public record SupportGiven(Kind kind, String callName, Instant at, Money amount)
    implements Serializable {

  /** What was given. */
  public enum Kind {
    KIT,
    GRANT
  }

  public static SupportGiven of(String kind, String callName, Instant at, BigDecimal amount) {
    return new SupportGiven(
        Kind.valueOf(kind), callName, at, amount == null ? null : Money.mad(amount));
  }

  public Optional<Money> getAmount() {
    return Optional.ofNullable(amount);
  }
}
