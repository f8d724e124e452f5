package org.incubator.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.incubator.identity.PasswordHashing;
import org.incubator.identity.Role;
import org.incubator.identity.UserAccount;

/**
 * Accounts of the tests' own, with the demo password, so that no test changes a demo account nor
 * finds what another test left in one.
 */
@Stateless
@PermitAll
public class Accounts {

  public static final String JNDI = "java:global/incubator/test-support/Accounts";
  public static final String PASSWORD = "Incubator-2026";

  @PersistenceContext private EntityManager em;

  @Inject private PasswordHashing passwords;

  public String staff(String prefix, Role role) {
    String username = prefix + System.nanoTime() % 1_000_000_000L;
    em.persist(
        new UserAccount(
            username, passwords.hash(PASSWORD.toCharArray()), role, "Test " + role, Instant.now()));
    return username;
  }

  /** A young person's account, as if they had just signed up: nothing on file yet. */
  public String entrepreneur(String prefix) {
    return staff(prefix, Role.ENTREPRENEUR);
  }
}
