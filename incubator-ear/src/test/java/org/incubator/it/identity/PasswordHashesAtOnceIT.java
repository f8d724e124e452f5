package org.incubator.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.incubator.identity.SignIn;
import org.incubator.identity.SignInOutcome;
import org.incubator.identity.SignInThrottle;
import org.incubator.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many sign-ins at once cannot take every processor: only a few password hashes run at the same
 * moment.
 */
@ExtendWith(ArquillianExtension.class)
class PasswordHashesAtOnceIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport(PasswordHashesAtOnceIT.class);
  }

  @EJB(lookup = "java:global/incubator/incubator-ejb/SignIn")
  private SignIn signIn;

  @EJB(lookup = "java:global/incubator/incubator-ejb/SignInThrottle")
  private SignInThrottle throttle;

  @Test
  void atMostAFewPasswordHashesRunAtOnceAndEveryAttemptIsAnswered() throws Exception {
    int attempts = 16;
    ExecutorService pool = Executors.newFixedThreadPool(attempts);
    try {
      List<Callable<SignInOutcome>> tries = new ArrayList<>();
      for (int i = 0; i < attempts; i++) {
        String username = "stranger" + i + "-" + System.nanoTime();
        tries.add(() -> signIn.check(username, "guess".toCharArray()));
      }
      for (Future<SignInOutcome> outcome : pool.invokeAll(tries)) {
        assertEquals(SignInOutcome.Kind.REFUSED, outcome.get().kind());
      }
    } finally {
      pool.shutdown();
    }
    assertTrue(
        throttle.hashingPeak() <= SignInThrottle.MAX_HASHES_AT_ONCE,
        "peak " + throttle.hashingPeak());
    assertTrue(
        throttle.hashingPeak() >= 2,
        "the attempts did run side by side: peak " + throttle.hashingPeak());
  }
}
