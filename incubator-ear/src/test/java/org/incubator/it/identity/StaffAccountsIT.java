package org.incubator.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.incubator.identity.AccountDetails;
import org.incubator.identity.Role;
import org.incubator.identity.StaffAccounts;
import org.incubator.identity.UserAccounts;
import org.incubator.it.support.AsAdmin;
import org.incubator.it.support.AsMentor;
import org.incubator.it.support.Deployments;
import org.incubator.it.support.SecurityEvents;
import org.incubator.it.web.FacesClient;
import org.incubator.it.web.FacesClient.Page;
import org.incubator.shared.IncubatorException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administrator manages the staff's accounts: opens one (the person sets their password with a
 * one-time code), changes a role, disables a leaver, resets a lost second factor; everyone changes
 * their own password giving the current one. Every act is a security event.
 */
@ExtendWith(ArquillianExtension.class)
class StaffAccountsIT {

  private static final String NEW_PASSWORD = "A-new-password-2027";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupportAndPages(StaffAccountsIT.class);
  }

  @EJB(lookup = "java:global/incubator/incubator-ejb/StaffAccounts")
  StaffAccounts accounts;

  @EJB(lookup = "java:global/incubator/incubator-ejb/UserAccounts")
  UserAccounts userAccounts;

  @EJB(lookup = AsAdmin.JNDI)
  AsAdmin asAdmin;

  @EJB(lookup = AsMentor.JNDI)
  AsMentor asMentor;

  private static AccountDetails details(String username, Role role) {
    var details = new AccountDetails();
    details.setUsername(username);
    details.setDisplayName("Nadia Bennis");
    details.setRole(role);
    details.setPhone("06 61 00 00 01");
    details.setEmail("nadia@centre.example.ma");
    return details;
  }

  @Test
  void aNewMentorSetsTheirPasswordWithTheOneTimeCodeOnceAndSignsIn() throws Exception {
    String username = "nadia" + System.nanoTime() % 1_000_000;
    String code = asAdmin.call(() -> accounts.open(details(username, Role.MENTOR)));

    Page refused =
        new FacesClient()
            .get("/reset-password.xhtml")
            .submit(
                "resetForm",
                "resetPassword",
                Map.of(
                    "resetUsername",
                    username,
                    "resetCode",
                    "wrong-code-0000",
                    "newPassword",
                    NEW_PASSWORD,
                    "newPasswordRepeat",
                    NEW_PASSWORD));
    assertFalse(
        refused.text("#resetCodeMessage").isEmpty(), "a wrong code is refused on its field");
    Page set =
        new FacesClient()
            .get("/reset-password.xhtml")
            .submit(
                "resetForm",
                "resetPassword",
                Map.of(
                    "resetUsername",
                    username,
                    "resetCode",
                    code.toUpperCase(),
                    "newPassword",
                    NEW_PASSWORD,
                    "newPasswordRepeat",
                    NEW_PASSWORD));
    assertTrue(set.url().contains("/login.xhtml"), set.url() + " " + set.text("main"));
    assertTrue(
        new FacesClient()
            .signInAttempt(username, NEW_PASSWORD)
            .url()
            .contains("/home/mentor.xhtml"));

    Page again =
        new FacesClient()
            .get("/reset-password.xhtml")
            .submit(
                "resetForm",
                "resetPassword",
                Map.of(
                    "resetUsername",
                    username,
                    "resetCode",
                    code,
                    "newPassword",
                    "Another-password-1",
                    "newPasswordRepeat",
                    "Another-password-1"));
    assertFalse(again.text("#resetCodeMessage").isEmpty(), "the code works once");

    var taken =
        assertThrows(
            IncubatorException.class,
            () -> asAdmin.call(() -> accounts.open(details(username, Role.REVIEWER))));
    assertEquals("username", taken.getField().orElseThrow());
    var entrepreneur =
        assertThrows(
            IncubatorException.class,
            () ->
                asAdmin.call(
                    () -> accounts.open(details("someone" + username, Role.ENTREPRENEUR))));
    assertEquals(
        "role", entrepreneur.getField().orElseThrow(), "entrepreneurs open their own accounts");
  }

  @Test
  void aLeaverNoLongerSignsInAndOnlyTheAdministratorManagesAccounts() throws Exception {
    String username = "leaver" + System.nanoTime() % 1_000_000;
    String code = asAdmin.call(() -> accounts.open(details(username, Role.REVIEWER)));
    new FacesClient()
        .get("/reset-password.xhtml")
        .submit(
            "resetForm",
            "resetPassword",
            Map.of(
                "resetUsername",
                username,
                "resetCode",
                code,
                "newPassword",
                NEW_PASSWORD,
                "newPasswordRepeat",
                NEW_PASSWORD));
    Long id = asAdmin.call(() -> userAccounts.findByUsername(username).orElseThrow().getId());

    asAdmin.call(
        () -> {
          accounts.disable(id);
          return null;
        });
    assertTrue(
        new FacesClient().signInAttempt(username, NEW_PASSWORD).url().contains("/login.xhtml"),
        "disabled");
    asAdmin.call(
        () -> {
          accounts.enable(id);
          return null;
        });
    assertTrue(
        new FacesClient()
            .signInAttempt(username, NEW_PASSWORD)
            .url()
            .contains("/home/reviewer.xhtml"));

    var changed = details(username, Role.MENTOR);
    changed.setEmail("not an address");
    var badMail =
        assertThrows(
            IncubatorException.class,
            () ->
                asAdmin.call(
                    () -> {
                      accounts.change(id, accounts.getAccount(id).getVersion(), changed);
                      return null;
                    }));
    assertEquals("email", badMail.getField().orElseThrow());
    changed.setEmail("nadia@centre.example.ma");
    asAdmin.call(
        () -> {
          accounts.change(id, accounts.getAccount(id).getVersion(), changed);
          return null;
        });
    assertEquals(Role.MENTOR, asAdmin.call(() -> accounts.getAccount(id).getRole()));

    assertThrows(EJBAccessException.class, () -> asMentor.call(() -> accounts.issueResetCode(id)));
    assertThrows(
        EJBAccessException.class,
        () ->
            asMentor.call(
                () -> {
                  accounts.disable(id);
                  return null;
                }));
    assertEquals(403, new FacesClient().signIn("mentor").get("/identity/accounts.xhtml").status());

    String log = String.join("\n", SecurityEvents.lines());
    for (String event :
        new String[] {
          "ACCOUNT_OPENED",
          "RESET_CODE_ISSUED",
          "PASSWORD_RESET",
          "ACCOUNT_DISABLED",
          "ACCOUNT_ENABLED",
          "ACCOUNT_CHANGED"
        }) {
      assertTrue(log.contains("\"event\":\"" + event + "\"") && log.contains(username), event);
    }
  }

  @Test
  void aMentorProtectsTheirAccountWithASecondFactorAndTheAdministratorResetsItWhenThePhoneIsLost()
      throws Exception {
    String username = "phone" + System.nanoTime() % 1_000_000;
    String code = asAdmin.call(() -> accounts.open(details(username, Role.MENTOR)));
    new FacesClient()
        .get("/reset-password.xhtml")
        .submit(
            "resetForm",
            "resetPassword",
            Map.of(
                "resetUsername",
                username,
                "resetCode",
                code,
                "newPassword",
                NEW_PASSWORD,
                "newPasswordRepeat",
                NEW_PASSWORD));
    var mentor = new FacesClient().signIn(username, NEW_PASSWORD);
    Page mine = mentor.get("/identity/password.xhtml");
    var started =
        mine.ajax(
            "mySecondFactorForm",
            "startEnrolment",
            null,
            "startEnrolment",
            "mySecondFactorForm",
            Map.of());
    String secret = started.part("mySecondFactorForm").select("#mySecret").text().replace(" ", "");
    assertEquals(32, secret.length(), started.page().body());
    var key =
        new SecretKeySpec(
            new Base32().decode(secret),
            TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
    String first =
        String.format(
            "%06d",
            new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6)
                .generateOneTimePassword(key, Instant.now()));
    var enrolled =
        mine.ajax(
            "mySecondFactorForm",
            "enrolMine",
            null,
            "@form",
            "mySecondFactorForm",
            Map.of("code", first));
    assertEquals(
        10,
        enrolled.part("mySecondFactorForm").select(".recovery-code").size(),
        enrolled.page().body());
    assertTrue(
        new FacesClient()
            .signInAttempt(username, NEW_PASSWORD)
            .url()
            .contains("/second-factor.xhtml"),
        "enrolled: asked from now on");

    Long id = asAdmin.call(() -> userAccounts.findByUsername(username).orElseThrow().getId());
    asAdmin.call(
        () -> {
          accounts.resetSecondFactor(id);
          return null;
        });

    assertFalse(asAdmin.call(() -> accounts.getAccount(id).hasSecondFactor()));
    assertTrue(
        new FacesClient()
            .signInAttempt(username, NEW_PASSWORD)
            .url()
            .contains("/home/mentor.xhtml"),
        "a mentor without a second factor signs in with the password");
  }

  @Test
  void everyoneChangesTheirOwnPasswordGivingTheCurrentOne() throws Exception {
    String username = "self" + System.nanoTime() % 1_000_000;
    String code = asAdmin.call(() -> accounts.open(details(username, Role.MENTOR)));
    new FacesClient()
        .get("/reset-password.xhtml")
        .submit(
            "resetForm",
            "resetPassword",
            Map.of(
                "resetUsername",
                username,
                "resetCode",
                code,
                "newPassword",
                NEW_PASSWORD,
                "newPasswordRepeat",
                NEW_PASSWORD));
    var client = new FacesClient().signIn(username, NEW_PASSWORD);

    Page wrong =
        client
            .get("/identity/password.xhtml")
            .submit(
                "passwordForm",
                "changePassword",
                Map.of(
                    "currentPassword",
                    "not-the-password",
                    "newPassword",
                    "Third-password-99",
                    "newPasswordRepeat",
                    "Third-password-99"));
    assertFalse(wrong.text("#currentPasswordMessage").isEmpty(), "the current password is asked");
    Page changed =
        client
            .get("/identity/password.xhtml")
            .submit(
                "passwordForm",
                "changePassword",
                Map.of(
                    "currentPassword",
                    NEW_PASSWORD,
                    "newPassword",
                    "Third-password-99",
                    "newPasswordRepeat",
                    "Third-password-99"));
    assertFalse(changed.url().contains("/identity/password.xhtml"), changed.text("main"));
    assertTrue(
        new FacesClient().signInAttempt(username, NEW_PASSWORD).url().contains("/login.xhtml"),
        "the old password no longer works");
    assertTrue(
        new FacesClient()
            .signInAttempt(username, "Third-password-99")
            .url()
            .contains("/home/mentor.xhtml"));
  }
}
