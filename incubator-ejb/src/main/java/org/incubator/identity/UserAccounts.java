package org.incubator.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.UniqueKeys;

/** Reads the accounts of the people who sign in. */
@Stateless
@PermitAll
public class UserAccounts {

  @PersistenceContext private EntityManager em;

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
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (UniqueKeys.violated(e, "uq_user_account_username")) {
        throw IncubatorException.onField(
            "username", "identity.signUp.taken", details.getUsername());
      }
      throw e;
    }
    throttle.signedUp(address);
    log.record(SecurityEvent.SIGN_UP, details.getUsername(), Map.of("role", Role.ENTREPRENEUR));
  }

  /**
   * The enabled accounts that may sit on the selection committee: mentors and administrators, by
   * name.
   */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR})
  public List<UserAccount> committeeCandidates() {
    return em.createQuery(
            "SELECT u FROM UserAccount u WHERE u.enabled = TRUE AND u.role IN :roles ORDER BY"
                + " u.displayName",
            UserAccount.class)
        .setParameter("roles", List.of(Role.MENTOR, Role.ADMIN))
        .getResultList();
  }

  public Optional<UserAccount> findByUsername(String username) {
    return em.createQuery(
            "SELECT u FROM UserAccount u WHERE u.username = :username", UserAccount.class)
        .setParameter("username", UserAccount.normaliseUsername(username))
        .getResultStream()
        .findFirst();
  }
}
