package org.incubator.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads the accounts of the people who sign in. */
@Stateless
@PermitAll
public class UserAccounts {

  @PersistenceContext
  private EntityManager em;

  /** The enabled accounts that may sit on the selection committee: mentors and administrators, by name. */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.MENTOR})
  public List<UserAccount> committeeCandidates() {
    return em.createQuery("SELECT u FROM UserAccount u WHERE u.enabled = TRUE AND u.role IN :roles ORDER BY u.displayName", UserAccount.class)
        .setParameter("roles", List.of(Role.MENTOR, Role.ADMIN))
        .getResultList();
  }

  public Optional<UserAccount> findByUsername(String username) {
    return em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :username", UserAccount.class)
        .setParameter("username", UserAccount.normaliseUsername(username))
        .getResultStream()
        .findFirst();
  }
}
