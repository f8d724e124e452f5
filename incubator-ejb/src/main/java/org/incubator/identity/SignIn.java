package org.incubator.identity;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.incubator.shared.Caller;
import org.incubator.shared.IncubatorException;

/**
 * Checks a password at sign-in, the only place that does. An attempt that must still wait is
 * answered at once without hashing anything; an unknown or disabled user costs the same hash as a
 * known one, so the time of the answer does not tell which accounts exist.
 */
@Stateless
@PermitAll
public class SignIn {

  /** Hashed once per server start, so that an unknown user's attempt verifies against something. */
  private static volatile String decoy;

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private PasswordHashing passwords;

  @Inject private SignInThrottle throttle;

  @Inject private SecurityLog log;

  @Inject private RequestOrigin origin;

  @Inject private SecondFactor secondFactor;

  @Inject private SignInTickets tickets;

  @PostConstruct
  void prepareDecoy() {
    if (decoy == null) {
      decoy = passwords.hash("decoy-password-of-no-account".toCharArray());
    }
  }

  public SignInOutcome check(String typedUsername, char[] password) {
    String address = origin.address();
    String username = typedUsername == null ? "" : UserAccount.normaliseUsername(typedUsername);
    Duration wait = throttle.signInWait(username, address);
    if (!wait.isZero()) {
      log.record(
          SecurityEvent.SIGN_IN_DELAYED,
          username,
          Map.of("waitSeconds", wait.toSeconds(), "failures", throttle.failures(username)));
      return SignInOutcome.waitFor(wait);
    }
    if (!throttle.startHashing()) {
      log.record(SecurityEvent.SIGN_IN_DELAYED, username, Map.of("reason", "busy"));
      return SignInOutcome.busy();
    }
    try {
      Optional<UserAccount> account = enabledAccount(username);
      boolean right =
          passwords.verify(password, account.map(UserAccount::getPasswordHash).orElse(decoy))
              && account.isPresent();
      if (right && secondFactor.asks(account.get())) {
        log.record(
            SecurityEvent.SIGN_IN_PASSWORD_RIGHT,
            username,
            Map.of("role", account.get().getRole(), "enrolled", account.get().hasSecondFactor()));
        return SignInOutcome.secondFactor(
            username, account.get().getRole(), tickets.issue(username, account.get().getRole()));
      }
      if (right) {
        throttle.signInSucceeded(username);
        log.record(SecurityEvent.SIGN_IN, username, Map.of("role", account.get().getRole()));
        return SignInOutcome.accepted(username, account.get().getRole());
      }
      throttle.signInFailed(username, address);
      log.record(
          SecurityEvent.SIGN_IN_REFUSED,
          username,
          Map.of("failures", throttle.failures(username), "known", account.isPresent()));
      return SignInOutcome.refused();
    } finally {
      throttle.endHashing();
    }
  }

  /**
   * The second step, after the right password ({@code ticket}): a code of the person's second
   * factor, or a recovery code. Wrong codes count as failed sign-ins, so guessing them is slowed
   * down too. A right code lets the ticket {@link #complete} the sign-in.
   */
  public SignInOutcome checkCode(String ticket, String code) {
    String username =
        tickets
            .username(ticket)
            .orElseThrow(() -> new IncubatorException("identity.secondFactor.expired"));
    Duration wait = throttle.signInWait(username, origin.address());
    if (!wait.isZero()) {
      log.record(
          SecurityEvent.SIGN_IN_DELAYED,
          username,
          Map.of("waitSeconds", wait.toSeconds(), "step", "code"));
      return SignInOutcome.waitFor(wait);
    }
    if (secondFactor.verify(username, code)) {
      tickets.passed(ticket);
      return SignInOutcome.secondFactor(username, null, ticket);
    }
    throttle.signInFailed(username, origin.address());
    log.record(
        SecurityEvent.SIGN_IN_REFUSED,
        username,
        Map.of("step", "code", "failures", throttle.failures(username)));
    return SignInOutcome.refused();
  }

  /**
   * Enrols the second factor of a person whose password was just right ({@code ticket}), once a
   * code of the new key is typed; returns the recovery codes, shown this once.
   */
  public List<String> enrol(String ticket, String secret, String code) {
    String username =
        tickets
            .username(ticket)
            .orElseThrow(() -> new IncubatorException("identity.secondFactor.expired"));
    List<String> recovery = secondFactor.enrol(username, secret, code);
    tickets.passed(ticket);
    log.record(SecurityEvent.SECOND_FACTOR_ENROLLED, username, Map.of());
    return recovery;
  }

  /**
   * Whether the person of this ticket still has to enrol a second factor (the first time they
   * must).
   */
  public boolean needsEnrolment(String ticket) {
    return tickets
        .username(ticket)
        .flatMap(this::enabledAccount)
        .map(account -> !account.hasSecondFactor())
        .orElseThrow(() -> new IncubatorException("identity.secondFactor.expired"));
  }

  /** The address the authenticator app reads from the QR code, naming the person of the ticket. */
  public String enrolmentUri(String ticket, String secret) {
    return secondFactor.enrolmentUri(
        tickets
            .username(ticket)
            .orElseThrow(() -> new IncubatorException("identity.secondFactor.expired")),
        secret);
  }

  /**
   * A signed-in member of staff who is not asked for a second factor (a mentor) protects their
   * account with one anyway; returns the recovery codes, shown this once.
   */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR, Role.Names.REVIEWER})
  public List<String> enrolMine(String secret, String code) {
    String me = caller.name();
    List<String> recovery = secondFactor.enrol(me, secret, code);
    log.record(SecurityEvent.SECOND_FACTOR_ENROLLED, me, Map.of("voluntary", true));
    return recovery;
  }

  /** Whether my account has a second factor, and the address to enrol one with this key. */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR, Role.Names.REVIEWER})
  public boolean hasMySecondFactor() {
    return enabledAccount(caller.name()).map(UserAccount::hasSecondFactor).orElse(false);
  }

  @RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR, Role.Names.REVIEWER})
  public String myEnrolmentUri(String secret) {
    return secondFactor.enrolmentUri(caller.name(), secret);
  }

  /** A fresh key to enrol. */
  public String newSecret() {
    return secondFactor.newSecret();
  }

  /** Signs in with a ticket whose second factor passed; the ticket is spent. */
  public SignInOutcome complete(String ticket) {
    Optional<SignInOutcome> done = tickets.complete(ticket);
    if (done.isEmpty()) {
      return SignInOutcome.refused();
    }
    throttle.signInSucceeded(done.get().username());
    log.record(
        SecurityEvent.SIGN_IN,
        done.get().username(),
        Map.of("role", done.get().role(), "secondFactor", true));
    return done.get();
  }

  private Optional<UserAccount> enabledAccount(String username) {
    return em.createQuery(
            "SELECT u FROM UserAccount u WHERE u.username = :username AND u.enabled = TRUE",
            UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }
}
