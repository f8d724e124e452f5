package org.incubator.identity;

import java.time.Duration;
import java.util.Optional;

/** The answer to one sign-in attempt: in (with the account's role), refused, or asked to wait. */
public record SignInOutcome(Kind kind, String username, Role role, Duration delay, String ticket) {

  public enum Kind {
    ACCEPTED,
    /** The password was right; a code of the second factor is still to come (or to be enrolled). */
    SECOND_FACTOR,
    REFUSED,
    WAIT,
    BUSY
  }

  static SignInOutcome accepted(String username, Role role) {
    return new SignInOutcome(Kind.ACCEPTED, username, role, Duration.ZERO, null);
  }

  static SignInOutcome secondFactor(String username, Role role, String ticket) {
    return new SignInOutcome(Kind.SECOND_FACTOR, username, role, Duration.ZERO, ticket);
  }

  static SignInOutcome refused() {
    return new SignInOutcome(Kind.REFUSED, null, null, Duration.ZERO, null);
  }

  static SignInOutcome waitFor(Duration wait) {
    return new SignInOutcome(Kind.WAIT, null, null, wait, null);
  }

  static SignInOutcome busy() {
    return new SignInOutcome(Kind.BUSY, null, null, Duration.ZERO, null);
  }

  public boolean isAccepted() {
    return kind == Kind.ACCEPTED;
  }

  /** Whole seconds to wait, rounded up, for the message. */
  public long waitSeconds() {
    return (delay.toMillis() + 999) / 1000;
  }

  public Optional<Role> acceptedRole() {
    return Optional.ofNullable(role);
  }
}
