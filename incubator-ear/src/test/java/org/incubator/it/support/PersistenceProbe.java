package org.incubator.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.SessionEventManager;

/**
 * Looks at the persistence unit from inside the server: its provider, what is loaded, which SQL is
 * sent.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PersistenceProbe {

  public static final String JNDI = "java:global/incubator/test-support/PersistenceProbe";

  @PersistenceContext private EntityManager em;

  public record Recorded<T>(T result, List<String> statements) {}

  public String providerClass() {
    return em.getEntityManagerFactory().getClass().getName();
  }

  public boolean isLoaded(Object entity, String attribute) {
    return em.getEntityManagerFactory().getPersistenceUnitUtil().isLoaded(entity, attribute);
  }

  /** Runs the work and returns the SQL statements EclipseLink sent on this thread meanwhile. */
  public <T> Recorded<T> during(Callable<T> work) throws Exception {
    Thread thread = Thread.currentThread();
    List<String> statements = Collections.synchronizedList(new ArrayList<>());
    var listener =
        new SessionEventAdapter() {
          @Override
          public void postExecuteCall(SessionEvent event) {
            if (Thread.currentThread() == thread && event.getCall() instanceof DatabaseCall call) {
              statements.add(call.getSQLString());
            }
          }
        };
    SessionEventManager events =
        em.unwrap(JpaEntityManager.class).getServerSession().getEventManager();
    events.addListener(listener);
    try {
      T result = work.call();
      return new Recorded<>(result, List.copyOf(statements));
    } finally {
      events.removeListener(listener);
    }
  }
}
