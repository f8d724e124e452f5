package org.incubator.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs a piece of a test in the ENTREPRENEUR role (as an applicant who signs up in the test,
 * "applicant-it"), so that the services' own security is what is tested.
 */
@Stateless
@PermitAll
@RunAsPrincipal(AsNewApplicant.USERNAME)
@RunAs("ENTREPRENEUR")
public class AsNewApplicant {

  public static final String USERNAME = "applicant-it";
  public static final String JNDI = "java:global/incubator/test-support/AsNewApplicant";

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
