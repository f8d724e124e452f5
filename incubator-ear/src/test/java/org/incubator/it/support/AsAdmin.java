package org.incubator.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs a piece of a test in the ADMIN role (as the demo account "admin"), so that the services' own
 * security is what is tested.
 */
@Stateless
@PermitAll
@RunAsPrincipal("admin")
@RunAs("ADMIN")
public class AsAdmin {

  public static final String JNDI = "java:global/incubator/test-support/AsAdmin";

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
