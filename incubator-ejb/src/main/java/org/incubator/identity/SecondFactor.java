package org.incubator.identity;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.incubator.shared.IncubatorException;

/**
 * The second factor at sign-in: time-based one-time codes (RFC 6238: HMAC-SHA1, six digits, 30 s
 * steps, one step of clock drift either way), enrolled by scanning a QR code, with ten one-time
 * recovery codes. Required of the staff who move money (administrators record payments, reviewers
 * approve grants) unless the server is told otherwise ({@code incubator.second-factor=off}, the
 * demo run); anyone who enrolled, mentors included, is always asked.
 */
@Dependent
public class SecondFactor {

  public static final String POLICY_PROPERTY = "incubator.second-factor";
  public static final String ISSUER = "Incubator";
  private static final int RECOVERY_CODES = 10;
  private static final Duration STEP = Duration.ofSeconds(30);
  private static final TimeBasedOneTimePasswordGenerator TOTP =
      new TimeBasedOneTimePasswordGenerator(STEP, 6);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

  @PersistenceContext private EntityManager em;

  /** Whether this account signs in with a second factor: enrolled, or a role that must. */
  public boolean asks(UserAccount account) {
    return account.hasSecondFactor()
        || (required() && (account.getRole() == Role.ADMIN || account.getRole() == Role.REVIEWER));
  }

  public static boolean required() {
    String policy =
        System.getProperty(
            POLICY_PROPERTY,
            Optional.ofNullable(System.getenv("INCUBATOR_SECOND_FACTOR")).orElse("required"));
    return !"off".equalsIgnoreCase(policy.strip());
  }

  /** A fresh shared key (160 bits) in Base32, as authenticator apps take it. */
  public String newSecret() {
    byte[] key = new byte[20];
    RANDOM.nextBytes(key);
    return new Base32().encodeToString(key).replace("=", "");
  }

  /** The address an authenticator app reads from the QR code. */
  public String enrolmentUri(String username, String secret) {
    String label = ISSUER + ":" + username;
    return "otpauth://totp/"
        + java.net.URLEncoder.encode(label, StandardCharsets.UTF_8).replace("+", "%20")
        + "?secret="
        + secret
        + "&issuer="
        + ISSUER
        + "&algorithm=SHA1&digits=6&period=30";
  }

  /**
   * Enrols the key once the person typed a code it gives, and returns the recovery codes, shown
   * this once: only their hashes are kept.
   */
  List<String> enrol(String username, String secret, String code) {
    UserAccount account = account(username);
    long step =
        matchingStep(secret, code)
            .orElseThrow(
                () -> IncubatorException.onField("code", "identity.secondFactor.wrongCode"));
    account.enrolSecondFactor(secret, step, Instant.now());
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < RECOVERY_CODES; i++) {
      String recovery = newRecoveryCode();
      codes.add(recovery);
      em.persist(new RecoveryCode(account, hash(recovery)));
    }
    em.flush();
    return codes;
  }

  /**
   * Whether the code is the account's current one (never one already used) or an unused recovery
   * code, which is then spent.
   */
  boolean verify(String username, String code) {
    UserAccount account = account(username);
    if (!account.hasSecondFactor() || code == null || code.isBlank()) {
      return false;
    }
    Optional<Long> step = matchingStep(account.getSecondFactorSecret(), code);
    if (step.isPresent()) {
      return account.acceptStep(step.get());
    }
    return em.createQuery(
            "SELECT c FROM RecoveryCode c WHERE c.account = :account AND c.codeHash = :hash AND"
                + " c.usedAt IS NULL",
            RecoveryCode.class)
        .setParameter("account", account)
        .setParameter("hash", hash(normalisedRecovery(code)))
        .getResultStream()
        .findFirst()
        .map(
            recovery -> {
              recovery.use(Instant.now());
              return true;
            })
        .orElse(false);
  }

  /** The time step, within one step of now either way, whose code this is. */
  static Optional<Long> matchingStep(String secret, String code) {
    String digits = code == null ? "" : code.replaceAll("\\s", "");
    if (!digits.matches("\\d{6}")) {
      return Optional.empty();
    }
    var key =
        new SecretKeySpec(
            new Base32().decode(secret),
            TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
    long now = Instant.now().getEpochSecond() / STEP.getSeconds();
    try {
      for (long step = now - 1; step <= now + 1; step++) {
        int expected =
            TOTP.generateOneTimePassword(key, Instant.ofEpochSecond(step * STEP.getSeconds()));
        if (MessageDigest.isEqual(
            String.format(Locale.ROOT, "%06d", expected).getBytes(StandardCharsets.US_ASCII),
            digits.getBytes(StandardCharsets.US_ASCII))) {
          return Optional.of(step);
        }
      }
    } catch (InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
    return Optional.empty();
  }

  private UserAccount account(String username) {
    return em.createQuery(
            "SELECT u FROM UserAccount u WHERE u.username = :username", UserAccount.class)
        .setParameter("username", UserAccount.normaliseUsername(username))
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new IncubatorException("login.failed"));
  }

  private static String newRecoveryCode() {
    var code = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      if (i == 5) {
        code.append('-');
      }
      code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
    }
    return code.toString();
  }

  private static String normalisedRecovery(String typed) {
    String letters = typed.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    return letters.length() == 10 ? letters.substring(0, 5) + "-" + letters.substring(5) : letters;
  }

  private static String hash(String code) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
