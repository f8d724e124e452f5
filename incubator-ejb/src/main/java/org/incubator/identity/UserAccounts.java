package org.incubator.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.incubator.shared.Caller;
import org.incubator.shared.Flushes;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Like;

/** Reads the accounts of the people who sign in. */
@Stateless
@PermitAll
public class UserAccounts {

  /** The most names a picker suggests at once. */
  public static final int MOST_SUGGESTED = 50;

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private PasswordHashing passwords;

  @Inject private SignInThrottle throttle;

  @Inject private RequestOrigin origin;

  @Inject private SecurityLog log;

  /**
   * Opens an entrepreneur's own account, as a young applicant does from the sign-up page. A
   * username already taken (even at the same moment) is refused on its field. Many accounts opened
   * from one address in an hour are slowed down, a youth centre's session excepted.
   */
  public void openEntrepreneurAccount(@NotNull @Valid SignUpDetails details) {
    String address = origin.address();
    Duration wait = throttle.signUpWait(address);
    if (!wait.isZero()) {
      log.record(
          SecurityEvent.SIGN_UP_REFUSED,
          details.getUsername(),
          Map.of("waitSeconds", wait.toSeconds()));
      throw new IncubatorException("identity.signUp.wait", (wait.toSeconds() + 59) / 60);
    }
    if (!details.getPassword().equals(details.getPasswordRepeat())) {
      throw IncubatorException.onField("passwordRepeat", "identity.signUp.passwordsDiffer");
    }
    if (findByUsername(details.getUsername()).isPresent()) {
      throw IncubatorException.onField("username", "identity.signUp.taken", details.getUsername());
    }
    em.persist(
        new UserAccount(
            details.getUsername(),
            passwords.hash(details.getPassword().toCharArray()),
            Role.ENTREPRENEUR,
            details.getDisplayName().strip(),
            Instant.now()));
    Flushes.orDuplicate(
        em,
        "uq_user_account_username",
        () ->
            IncubatorException.onField("username", "identity.signUp.taken", details.getUsername()));
    throttle.signedUp(address);
    log.record(SecurityEvent.SIGN_UP, details.getUsername(), Map.of("role", Role.ENTREPRENEUR));
  }

  /**
   * The enabled accounts that may sit on the selection committee (mentors and administrators) whose
   * name, a word of it, or user name starts as typed, by name: at most {@code max}, what a person
   * picks from as they type. A list of the whole staff, a few hundred people in a national
   * programme, is never sent.
   */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<UserAccount> committeeCandidates(String typed, int max) {
    return staffNamed(typed, List.of(Role.MENTOR, Role.ADMIN), max);
  }

  /**
   * The enabled mentors (who may train a session, take its roll or lead a person) whose name, a
   * word of it, or user name starts as typed, by name: at most {@code max}.
   */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<UserAccount> mentorsNamed(String typed, int max) {
    return staffNamed(typed, List.of(Role.MENTOR), max);
  }

  private List<UserAccount> staffNamed(String typed, List<Role> roles, int max) {
    String start = Like.typed(typed);
    return em.createQuery(
            "SELECT u FROM UserAccount u WHERE u.enabled = TRUE AND u.role IN :roles AND"
                + " (LOWER(u.displayName) LIKE :start OR LOWER(u.displayName) LIKE :word OR"
                + " u.username LIKE :start) ORDER BY u.displayName, u.username",
            UserAccount.class)
        .setParameter("roles", roles)
        .setParameter("start", Like.startingWith(start))
        .setParameter("word", Like.wordStartingWith(start))
        .setMaxResults(Math.max(1, Math.min(max, MOST_SUGGESTED)))
        .getResultList();
  }

  /**
   * The names the staff go by, for the user names a page shows (who trained, who leads, who sat):
   * one statement whatever their number; a user name with no account is left out.
   */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Map<String, String> displayNames(Collection<String> usernames) {
    Map<String, String> names = new HashMap<>();
    if (!usernames.isEmpty()) {
      for (Object[] row :
          em.createQuery(
                  "SELECT u.username, u.displayName FROM UserAccount u WHERE u.username IN :names",
                  Object[].class)
              .setParameter("names", new HashSet<>(usernames))
              .getResultList()) {
        names.put((String) row[0], (String) row[1]);
      }
    }
    return names;
  }

  /** Of these user names, those that are not an enabled mentor's or administrator's. */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Set<String> notCommitteeCandidates(Set<String> usernames) {
    Set<String> others = new TreeSet<>(usernames);
    if (!others.isEmpty()) {
      others.removeAll(
          em.createQuery(
                  "SELECT u.username FROM UserAccount u WHERE u.enabled = TRUE AND u.role IN :roles"
                      + " AND u.username IN :names",
                  String.class)
              .setParameter("roles", List.of(Role.MENTOR, Role.ADMIN))
              .setParameter("names", others)
              .getResultList());
    }
    return others;
  }

  /** Whether the user name is an enabled mentor's: who may train, take a roll or lead a person. */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR})
  public boolean isActiveMentor(String username) {
    return username != null
        && !em.createQuery(
                "SELECT u.id FROM UserAccount u WHERE u.username = :name AND u.role = :mentor AND"
                    + " u.enabled = TRUE",
                Long.class)
            .setParameter("name", UserAccount.normaliseUsername(username))
            .setParameter("mentor", Role.MENTOR)
            .getResultList()
            .isEmpty();
  }

  public Optional<UserAccount> findByUsername(String username) {
    return em.createQuery(
            "SELECT u FROM UserAccount u WHERE u.username = :username", UserAccount.class)
        .setParameter("username", UserAccount.normaliseUsername(username))
        .getResultStream()
        .findFirst();
  }

  /**
   * Everyone changes their own password, giving the current one (wrong ones count as failed
   * sign-ins).
   */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR, Role.Names.REVIEWER, Role.Names.ENTREPRENEUR})
  public void changeMyPassword(String current, String next, String repeat) {
    UserAccount me = findByUsername(caller.name()).orElseThrow();
    Duration wait = throttle.signInWait(me.getUsername(), origin.address());
    if (!wait.isZero()) {
      throw IncubatorException.onField("currentPassword", "login.wait", wait.toSeconds());
    }
    if (current == null || !passwords.verify(current.toCharArray(), me.getPasswordHash())) {
      throttle.signInFailed(me.getUsername(), origin.address());
      log.record(SecurityEvent.SIGN_IN_REFUSED, me.getUsername(), Map.of("step", "passwordChange"));
      throw IncubatorException.onField("currentPassword", "identity.password.wrongCurrent");
    }
    me.changePassword(
        passwords.hash(checkedNewPassword(next, repeat).toCharArray()), Instant.now());
    log.recordOnCommit(SecurityEvent.PASSWORD_CHANGED, Map.of());
  }

  /**
   * Sets a new password with the one-time code the administrator handed over; the code works once
   * and for a day, and wrong codes count as failed sign-ins.
   */
  @PermitAll
  public void resetPassword(String username, String code, String next, String repeat) {
    String who = username == null ? "" : UserAccount.normaliseUsername(username);
    Duration wait = throttle.signInWait(who, origin.address());
    if (!wait.isZero()) {
      throw IncubatorException.onField("resetCode", "login.wait", wait.toSeconds());
    }
    String newPassword = checkedNewPassword(next, repeat);
    Optional<UserAccount> account = findByUsername(who).filter(UserAccount::isEnabled);
    if (code == null
        || account.isEmpty()
        || !account.get().takeResetCode(StaffAccounts.hash(code), Instant.now())) {
      throttle.signInFailed(who, origin.address());
      log.record(SecurityEvent.SIGN_IN_REFUSED, who, Map.of("step", "resetCode"));
      throw IncubatorException.onField("resetCode", "identity.reset.wrongCode");
    }
    account.get().changePassword(passwords.hash(newPassword.toCharArray()), Instant.now());
    log.record(SecurityEvent.PASSWORD_RESET, who, Map.of());
  }

  private static String checkedNewPassword(String next, String repeat) {
    if (next == null
        || next.length() < SignUpDetails.PASSWORD_MIN
        || next.length() > SignUpDetails.PASSWORD_MAX) {
      throw IncubatorException.onField(
          "newPassword", "identity.signUp.passwordLength", SignUpDetails.PASSWORD_MIN);
    }
    if (!next.equals(repeat)) {
      throw IncubatorException.onField("newPasswordRepeat", "identity.signUp.passwordsDiffer");
    }
    return next;
  }
}
