package org.incubator.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.incubator.it.browser.Browser;
import org.incubator.it.support.Deployments;
import org.incubator.it.support.SecurityEvents;
import org.incubator.it.web.FacesClient;
import org.incubator.it.web.FacesClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Password guessing is slowed down without locking anyone out, unknown users cost as much as known
 * ones, and every attempt leaves a security event — tried through the sign-in page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

  private static final AtomicInteger ACCOUNTS = new AtomicInteger();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @Test
  void afterTwelveWrongPasswordsTheRightOneDoesNotGetStraightIn() {
    String username = newAccount();
    var guesser = new FacesClient();
    for (int i = 1; i <= 12; i++) {
      Page refused = guesser.signInAttempt(username, "wrong-" + i);
      assertTrue(refused.url().contains("/login.xhtml"), "try " + i);
    }

    Page right = guesser.signInAttempt(username, FacesClient.PASSWORD);

    assertTrue(right.url().contains("/login.xhtml"), "signed in at once after 12 wrong passwords");
    String said = right.text("[id=loginForm:messages]");
    assertTrue(
        said.matches(Browser.text("en", "login.wait").replace("{0}", "\\d+").replace(".", "\\.")),
        said);
  }

  @Test
  void aFewTyposDoNotKeepAPersonOut() {
    String username = newAccount();
    var person = new FacesClient();
    for (int i = 1; i <= 4; i++) {
      assertEquals(
          Browser.text("en", "login.failed"),
          person.signInAttempt(username, "typo" + i).text("[id=loginForm:messages]"));
    }
    person.signIn(username);
  }

  @Test
  void anUnknownUserTakesAsLongToRefuseAsAKnownOne() {
    String known = newAccount();
    var guesser = new FacesClient();
    List<Long> knownMillis = new ArrayList<>();
    List<Long> unknownMillis = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      knownMillis.add(timeOfSignIn(guesser, known));
      unknownMillis.add(timeOfSignIn(guesser, "nobody" + System.nanoTime()));
    }
    long knownMedian = median(knownMillis);
    long unknownMedian = median(unknownMillis);
    assertTrue(
        unknownMedian * 2 > knownMedian,
        "unknown " + unknownMillis + " ms, known " + knownMillis + " ms");
  }

  @Test
  void eachAttemptLeavesOneJsonSecurityEventWithoutThePassword() throws IOException {
    String username = newAccount();
    var person = new FacesClient();
    person.signInAttempt(username, "Secret-typo-1");
    person.signIn(username);

    List<String> mine =
        SecurityEvents.lines().stream()
            .filter(line -> line.contains("\"who\":\"" + username + "\""))
            .toList();

    assertTrue(
        mine.stream().anyMatch(line -> line.contains("\"event\":\"SIGN_UP\"")),
        String.join("\n", mine));
    assertTrue(
        mine.stream()
            .anyMatch(
                line ->
                    line.contains("\"event\":\"SIGN_IN_REFUSED\"")
                        && line.contains("\"from\":\"127.0.0.1\"")),
        String.join("\n", mine));
    assertTrue(
        mine.stream().anyMatch(line -> line.contains("\"event\":\"SIGN_IN\"")),
        String.join("\n", mine));
    assertTrue(
        mine.stream().allMatch(line -> line.startsWith("{\"at\":\"") && line.endsWith("}")),
        String.join("\n", mine));
    assertTrue(
        mine.stream()
            .noneMatch(
                line -> line.contains("Secret-typo-1") || line.contains(FacesClient.PASSWORD)));
  }

  private static long timeOfSignIn(FacesClient client, String username) {
    Page login = client.get("/login.xhtml");
    long start = System.nanoTime();
    login.submit(
        "loginForm",
        "loginForm:signIn",
        Map.of("loginForm:username", username, "loginForm:password", "not-it"));
    return Duration.ofNanos(System.nanoTime() - start).toMillis();
  }

  private static long median(List<Long> values) {
    return values.stream().sorted().toList().get(values.size() / 2);
  }

  /** A new entrepreneur's account, opened through the sign-up page, signed out again. */
  static String newAccount() {
    String username =
        "guessed" + System.currentTimeMillis() % 100_000_000 + ACCOUNTS.incrementAndGet();
    Page joined =
        new FacesClient()
            .get("/join.xhtml")
            .submit(
                "joinForm",
                "join",
                Map.of(
                    "displayName",
                    "Guessed Person",
                    "username",
                    username,
                    "password",
                    FacesClient.PASSWORD,
                    "passwordRepeat",
                    FacesClient.PASSWORD));
    assertFalse(joined.url().contains("/join.xhtml"), joined.text("main"));
    return username;
  }
}
