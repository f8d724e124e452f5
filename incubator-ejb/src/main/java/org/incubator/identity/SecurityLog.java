package org.incubator.identity;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.Principal;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Logger;

/**
 * One JSON line per security event — who, what, when, from where — on the logger {@value
 * #CATEGORY}, which the server writes to a file of its own ({@code security-events.log}) that the
 * application only appends to. Never a password, a code or a CIN: callers pass ids and names.
 */
@ApplicationScoped
public class SecurityLog {

  public static final String CATEGORY = "org.incubator.security";
  private static final Logger LOG = Logger.getLogger(CATEGORY);

  @Inject private RequestOrigin origin;

  @Inject private Instance<Principal> caller;

  @Resource private TransactionSynchronizationRegistry transactions;

  /** An event by the signed-in person, from the address of the request being served. */
  public void record(SecurityEvent event, Map<String, ?> details) {
    record(event, callerName(), details);
  }

  /**
   * An act that the current transaction makes (an approval, a payment): written when it commits,
   * never for an act rolled back.
   */
  public void recordOnCommit(SecurityEvent event, Map<String, ?> details) {
    String line = line(event, callerName(), details);
    if (transactions.getTransactionKey() == null) {
      LOG.info(line);
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              LOG.info(line);
            }
          }
        });
  }

  /** An event about a named account (a sign-in attempt names who it tries to be). */
  public void record(SecurityEvent event, String who, Map<String, ?> details) {
    LOG.info(line(event, who, details));
  }

  private String line(SecurityEvent event, String who, Map<String, ?> details) {
    var line = new StringBuilder(160).append('{');
    field(line, "at", Instant.now().toString());
    field(line, "event", event.name());
    field(line, "who", who == null || who.isBlank() ? "-" : who);
    field(line, "from", origin.address());
    details.forEach((name, value) -> field(line, name, String.valueOf(value)));
    line.setLength(line.length() - 1);
    return line.append('}').toString();
  }

  private String callerName() {
    try {
      return caller.isResolvable() ? caller.get().getName() : "-";
    } catch (RuntimeException e) {
      return "-";
    }
  }

  private static void field(StringBuilder line, String name, String value) {
    line.append('"').append(name).append("\":\"");
    escape(line, value);
    line.append("\",");
  }

  /** JSON string escaping, and at most 200 characters of any one value: a log line stays a line. */
  static void escape(StringBuilder line, String value) {
    String kept = value.length() > 200 ? value.substring(0, 200) : value;
    for (char ch : kept.toCharArray()) {
      switch (ch) {
        case '"' -> line.append("\\\"");
        case '\\' -> line.append("\\\\");
        default -> {
          if (ch < 0x20
              || Character.getType(ch) == Character.FORMAT
              || ch == '\u2028'
              || ch == '\u2029') {
            line.append(String.format("\\u%04x", (int) ch));
          } else {
            line.append(ch);
          }
        }
      }
    }
  }
}
