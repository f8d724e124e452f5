package org.incubator.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Reads the accounts of the people who sign in. */
@Stateless
@PermitAll
public class UserAccounts {

  @PersistenceContext
  private EntityManager em;

  public Optional<UserAccount> findByUsername(String username) {
    return em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :username", UserAccount.class)
        .setParameter("username", UserAccount.normaliseUsername(username))
        .getResultStream()
        .findFirst();
  }
}
