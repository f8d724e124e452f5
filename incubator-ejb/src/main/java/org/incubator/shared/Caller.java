package org.incubator.shared;

import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.ApplicationScoped;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Who called the service now: the signed-in user the container authenticated. The one way a service
 * asks for its caller's name or role; read from the current enterprise bean's context, so it is
 * only asked inside a service call.
 */
@ApplicationScoped
public class Caller {

  /** The caller's user name. */
  public String name() {
    return context().getCallerPrincipal().getName();
  }

  /** Whether the caller holds {@code role} (one of {@code Role.Names}). */
  public boolean isIn(String role) {
    return context().isCallerInRole(role);
  }

  private static EJBContext context() {
    try {
      return InitialContext.doLookup("java:comp/EJBContext");
    } catch (NamingException e) {
      throw new IllegalStateException("The caller is asked for outside a service call", e);
    }
  }
}
