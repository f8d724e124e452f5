package org.incubator.grant;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.stream.Collectors;
import org.incubator.selection.Application;

/**
 * Who prepared a person's approved grant requests: separation of duties keeps them from being the
 * only word behind the fact that releases that money, whatever source proves it.
 */
@Dependent
public class GrantPreparers {

  @PersistenceContext private EntityManager em;

  public Set<String> of(Application application) {
    return em.createQuery(
            "SELECT DISTINCT r.preparedBy FROM GrantRequest r WHERE r.application = :application"
                + " AND r.status = :approved",
            String.class)
        .setParameter("application", application)
        .setParameter("approved", GrantStatus.APPROVED)
        .getResultStream()
        .collect(Collectors.toUnmodifiableSet());
  }
}
