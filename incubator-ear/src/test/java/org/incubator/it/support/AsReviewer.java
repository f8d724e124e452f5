package org.incubator.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Runs a piece of a test in the REVIEWER role, so that the services' own security is what is tested. */
@Stateless
@PermitAll
@RunAs("REVIEWER")
public class AsReviewer {

  public static final String JNDI = "java:global/incubator/test-support/AsReviewer";

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
