package org.incubator.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.incubator.identity.Role;
import org.incubator.identity.SecondFactor;
import org.incubator.it.support.Accounts;
import org.incubator.it.support.Deployments;
import org.incubator.it.web.FacesClient;
import org.incubator.it.web.FacesClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff who move money sign in with a second factor: a reviewer enrols an authenticator app at the
 * first sign-in (QR code, first code, ten recovery codes), then every sign-in asks a code, never
 * the same one twice; a recovery code works once. Run inside the server, which is told to require
 * the second factor for the test and is set back afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class SecondFactorIT {

  private static final TimeBasedOneTimePasswordGenerator TOTP =
      new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupportAndPages(SecondFactorIT.class);
  }

  @EJB(lookup = Accounts.JNDI)
  Accounts accounts;

  private String before;

  @BeforeEach
  void requireTheSecondFactor() {
    before = System.getProperty(SecondFactor.POLICY_PROPERTY);
    System.setProperty(SecondFactor.POLICY_PROPERTY, "required");
  }

  @AfterEach
  void setThePolicyBack() {
    if (before == null) {
      System.clearProperty(SecondFactor.POLICY_PROPERTY);
    } else {
      System.setProperty(SecondFactor.POLICY_PROPERTY, before);
    }
  }

  @Test
  void aReviewerEnrolsAtTheFirstSignInThenEveryCodeWorksOnceAndARecoveryCodeStandsInOnce()
      throws Exception {
    String reviewer = accounts.staff("totp-reviewer", Role.REVIEWER);

    var first = new FacesClient();
    Page secondStep = first.signInAttempt(reviewer, Accounts.PASSWORD);
    assertTrue(
        secondStep.url().contains("/second-factor.xhtml"),
        "the right password alone does not sign in: " + secondStep.url());
    Page early = first.get("/home/reviewer.xhtml");
    assertTrue(
        early.html().select("main").text().isEmpty() && early.html().select("#menuForm").isEmpty(),
        "nothing of the application before the second step: " + early.url());
    secondStep = first.get("/second-factor.xhtml");
    assertTrue(
        secondStep.html().select("#qrCode").attr("src").startsWith("data:image/svg+xml;base64,"),
        "a QR code to scan");
    String secret = secondStep.text("#secret").replace(" ", "");
    assertEquals(32, secret.length(), "a 160-bit key in Base32");

    Page wrong = secondStep.submit("secondFactorForm", "enrol", Map.of("code", "12345"));
    assertFalse(wrong.text("#codeMessage").isEmpty(), "a wrong first code is refused on its field");
    Page recovery =
        wrong.submit("secondFactorForm", "enrol", Map.of("code", code(secret, Instant.now())));
    List<String> recoveryCodes = recovery.html().select(".recovery-code").eachText();
    assertEquals(10, recoveryCodes.size(), recovery.text("main"));
    Page home = recovery.submit("secondFactorForm", "continue", Map.of());
    assertTrue(home.url().contains("/home/reviewer.xhtml"), home.url());

    String nextCode = code(secret, Instant.now().plusSeconds(30));
    var second = new FacesClient();
    Page asked = second.signInAttempt(reviewer, Accounts.PASSWORD);
    assertTrue(
        asked.url().contains("/second-factor.xhtml") && asked.html().select("#qrCode").isEmpty(),
        "enrolled: only the code is asked");
    Page refused = asked.submit("secondFactorForm", "verify", Map.of("code", wrongCode(nextCode)));
    assertTrue(
        refused.url().contains("/second-factor.xhtml") && !refused.text("#codeMessage").isEmpty());
    assertTrue(
        refused
            .submit("secondFactorForm", "verify", Map.of("code", nextCode))
            .url()
            .contains("/home/reviewer.xhtml"));

    Page replayed =
        new FacesClient()
            .signInAttempt(reviewer, Accounts.PASSWORD)
            .submit("secondFactorForm", "verify", Map.of("code", nextCode));
    assertTrue(replayed.url().contains("/second-factor.xhtml"), "a code is never accepted twice");

    String spare = recoveryCodes.get(3);
    assertTrue(
        new FacesClient()
            .signInAttempt(reviewer, Accounts.PASSWORD)
            .submit("secondFactorForm", "verify", Map.of("code", spare.toUpperCase()))
            .url()
            .contains("/home/reviewer.xhtml"),
        "a recovery code stands in for the phone");
    assertTrue(
        new FacesClient()
            .signInAttempt(reviewer, Accounts.PASSWORD)
            .submit("secondFactorForm", "verify", Map.of("code", spare))
            .url()
            .contains("/second-factor.xhtml"),
        "once");
  }

  @Test
  void aMentorWhoDidNotEnrolSignsInWithThePasswordAlone() {
    String mentor = accounts.staff("totp-mentor", Role.MENTOR);
    assertTrue(
        new FacesClient()
            .signInAttempt(mentor, Accounts.PASSWORD)
            .url()
            .contains("/home/mentor.xhtml"));
  }

  private static String code(String secret, Instant at) throws Exception {
    var key =
        new SecretKeySpec(
            new Base32().decode(secret),
            TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
    return String.format("%06d", TOTP.generateOneTimePassword(key, at));
  }

  private static String wrongCode(String right) {
    return String.format("%06d", (Integer.parseInt(right) + 1) % 1_000_000);
  }
}
