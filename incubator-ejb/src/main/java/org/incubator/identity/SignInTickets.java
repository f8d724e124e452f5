package org.incubator.identity;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-ins half done: the password was right, the second factor is still to come. A ticket (a
 * random value the sign-in page keeps) names the person for five minutes; only a ticket whose code
 * was checked completes a sign-in, once.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SignInTickets {

  private static final Duration VALID_FOR = Duration.ofMinutes(5);
  private static final int MAX_OPEN = 10_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private record Ticket(String username, Role role, Instant issuedAt, boolean passed) {}

  private final Map<String, Ticket> open = new ConcurrentHashMap<>();

  public String issue(String username, Role role) {
    Instant now = Instant.now();
    if (open.size() >= MAX_OPEN) {
      open.values().removeIf(t -> t.issuedAt().plus(VALID_FOR).isBefore(now));
    }
    byte[] value = new byte[24];
    RANDOM.nextBytes(value);
    String ticket = HexFormat.of().formatHex(value);
    open.put(ticket, new Ticket(username, role, now, false));
    return ticket;
  }

  /** The person a live ticket names. */
  public Optional<String> username(String ticket) {
    return live(ticket).map(Ticket::username);
  }

  public void passed(String ticket) {
    open.computeIfPresent(ticket, (k, t) -> new Ticket(t.username(), t.role(), t.issuedAt(), true));
  }

  /** Completes the sign-in of a ticket whose second factor passed, once: the ticket is spent. */
  public Optional<SignInOutcome> complete(String ticket) {
    Ticket done = ticket == null ? null : open.remove(ticket);
    if (done == null || !done.passed() || done.issuedAt().plus(VALID_FOR).isBefore(Instant.now())) {
      return Optional.empty();
    }
    return Optional.of(SignInOutcome.accepted(done.username(), done.role()));
  }

  private Optional<Ticket> live(String ticket) {
    return Optional.ofNullable(ticket == null ? null : open.get(ticket))
        .filter(t -> t.issuedAt().plus(VALID_FOR).isAfter(Instant.now()));
  }
}
