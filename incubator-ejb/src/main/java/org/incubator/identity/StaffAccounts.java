package org.incubator.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.incubator.shared.Caller;
import org.incubator.shared.ConcurrentUpdateException;
import org.incubator.shared.Flushes;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.NotFoundException;
import org.incubator.shared.PageRequest;
import org.incubator.shared.PhoneNumber;

/**
 * The administrator manages the staff's accounts (administrators, mentors, reviewers): opens them,
 * changes a role or how to reach someone, disables a leaver, resets a lost second factor, and hands
 * over a one-time code to set a password (there is no mail yet). Entrepreneurs open their own
 * accounts. Every act is a security event.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class StaffAccounts {

  /** How long a code to set a password lasts. */
  public static final Duration RESET_CODE_LIFE = Duration.ofHours(24);

  private static final List<Role> STAFF = List.of(Role.ADMIN, Role.MENTOR, Role.REVIEWER);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private PasswordHashing passwords;

  @Inject private SecurityLog log;

  /** One page of the staff, by role then name, in one statement. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<UserAccount> list(@NotNull PageRequest page) {
    return em.createQuery(
            "SELECT u FROM UserAccount u WHERE u.role IN :staff ORDER BY u.role, u.displayName,"
                + " u.id",
            UserAccount.class)
        .setParameter("staff", STAFF)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long count() {
    return em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.role IN :staff", Long.class)
        .setParameter("staff", STAFF)
        .getSingleResult();
  }

  public UserAccount getAccount(@NotNull Long id) {
    UserAccount account = em.find(UserAccount.class, id);
    if (account == null || !STAFF.contains(account.getRole())) {
      throw new NotFoundException("identity.account.notFound", id);
    }
    return account;
  }

  /**
   * Opens a staff account. Nobody knows its password: the returned one-time code, handed over by
   * the administrator, lets the person choose one within a day.
   */
  public String open(@NotNull @Valid AccountDetails details) {
    refuseEntrepreneur(details.getRole());
    var account =
        new UserAccount(
            details.getUsername(),
            passwords.hash(randomCode(32).toCharArray()),
            details.getRole(),
            details.getDisplayName().strip(),
            Instant.now());
    account.describe(
        details.getDisplayName(), details.getRole(), phone(details.getPhone()), details.getEmail());
    em.persist(account);
    Flushes.orDuplicate(
        em,
        "uq_user_account_username",
        () ->
            IncubatorException.onField("username", "identity.signUp.taken", details.getUsername()));
    log.recordOnCommit(
        SecurityEvent.ACCOUNT_OPENED,
        Map.of("account", account.getUsername(), "role", account.getRole()));
    return resetCodeFor(account);
  }

  /**
   * Changes a staff account as the administrator opened it; refused if someone changed it
   * meanwhile.
   */
  public void change(
      @NotNull Long id, long basedOnVersion, @NotNull @Valid AccountDetails details) {
    UserAccount account = getAccount(id);
    if (account.getVersion() != basedOnVersion) {
      throw new ConcurrentUpdateException();
    }
    refuseEntrepreneur(details.getRole());
    Role before = account.getRole();
    if (before == Role.ADMIN && details.getRole() != Role.ADMIN) {
      refuseLastAdministrator(account);
    }
    account.describe(
        details.getDisplayName(), details.getRole(), phone(details.getPhone()), details.getEmail());
    Flushes.orConflict(em);
    log.recordOnCommit(
        SecurityEvent.ACCOUNT_CHANGED,
        Map.of("account", account.getUsername(), "roleBefore", before, "role", account.getRole()));
  }

  /**
   * A leaver no longer signs in; what they did stays theirs. The last active administrator stays.
   */
  public void disable(@NotNull Long id) {
    UserAccount account = getAccount(id);
    if (account.getUsername().equals(caller.name())) {
      throw new IncubatorException("identity.account.notYourself");
    }
    if (account.getRole() == Role.ADMIN) {
      refuseLastAdministrator(account);
    }
    account.disable();
    Flushes.orConflict(em);
    log.recordOnCommit(SecurityEvent.ACCOUNT_DISABLED, Map.of("account", account.getUsername()));
  }

  public void enable(@NotNull Long id) {
    UserAccount account = getAccount(id);
    account.enable();
    Flushes.orConflict(em);
    log.recordOnCommit(SecurityEvent.ACCOUNT_ENABLED, Map.of("account", account.getUsername()));
  }

  /** A lost phone: the person enrols a new second factor at their next sign-in. */
  public void resetSecondFactor(@NotNull Long id) {
    UserAccount account = getAccount(id);
    account.resetSecondFactor();
    em.createQuery("DELETE FROM RecoveryCode c WHERE c.account = :account")
        .setParameter("account", account)
        .executeUpdate();
    Flushes.orConflict(em);
    log.recordOnCommit(SecurityEvent.SECOND_FACTOR_RESET, Map.of("account", account.getUsername()));
  }

  /**
   * A forgotten password: a one-time code, valid a day, that the administrator hands over. Shown
   * once.
   */
  public String issueResetCode(@NotNull Long id) {
    UserAccount account = getAccount(id);
    String code = resetCodeFor(account);
    Flushes.orConflict(em);
    return code;
  }

  private String resetCodeFor(UserAccount account) {
    String code = randomCode(12);
    account.issueResetCode(hash(code), Instant.now().plus(RESET_CODE_LIFE));
    log.recordOnCommit(SecurityEvent.RESET_CODE_ISSUED, Map.of("account", account.getUsername()));
    return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
  }

  private void refuseLastAdministrator(UserAccount leaving) {
    long others =
        em.createQuery(
                "SELECT COUNT(u) FROM UserAccount u WHERE u.role = :admin AND u.enabled = TRUE AND"
                    + " u <> :leaving",
                Long.class)
            .setParameter("admin", Role.ADMIN)
            .setParameter("leaving", leaving)
            .getSingleResult();
    if (others == 0) {
      throw new IncubatorException("identity.account.lastAdministrator");
    }
  }

  private static void refuseEntrepreneur(Role role) {
    if (role == Role.ENTREPRENEUR) {
      throw IncubatorException.onField("role", "identity.account.staffOnly");
    }
  }

  private static PhoneNumber phone(String typed) {
    return typed == null || typed.isBlank() ? null : PhoneNumber.of(typed);
  }

  static String randomCode(int length) {
    var code = new StringBuilder();
    for (int i = 0; i < length; i++) {
      code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
    }
    return code.toString();
  }

  /** A code as people type it back: any case, with or without its dashes. */
  static String hash(String code) {
    String normal = code.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
