package org.incubator.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.incubator.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** People's whole paths through the application, in headless Chromium, at a desk and on a phone. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegisterInTheBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  private Browser browser;

  private Browser start(org.openqa.selenium.Dimension size) {
    browser = new Browser(size);
    return browser;
  }

  @AfterEach
  void closeBrowser(TestInfo test) {
    if (browser != null) {
      browser.screenshot("last-" + test.getTestMethod().orElseThrow().getName());
      browser.close();
    }
  }

  @Test
  void eachRoleLandsOnItsOwnHomePageWithANewSessionId() {
    start(Browser.DESK);
    for (String role : List.of("admin", "mentor", "entrepreneur", "reviewer")) {
      var login = new LoginPage(browser).open();
      String before = browser.cookie("JSESSIONID");
      login.signInAs(role);

      assertTrue(
          browser.driver().getCurrentUrl().endsWith("/home/" + role + ".xhtml"),
          browser.driver().getCurrentUrl());
      assertNotNull(browser.byId("homeTitle"));
      assertNotEquals(
          before, browser.cookie("JSESSIONID"), "the session id must change on sign-in");
      new Shell(browser).signOut();
    }
  }

  @Test
  void aWrongPasswordIsRefusedWithAMessageInTheUsersLanguage() {
    start(Browser.DESK);
    new LoginPage(browser).openIn("fr").signIn("mentor", "not-the-password");

    browser.waitForText(By.id("loginForm:messages"), Browser.text("fr", "login.failed"));
    assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"));
  }

  @Test
  void aMentorRegistersAProjectHolderInFrenchAndFindsThemInTheList() {
    start(Browser.DESK);
    new LoginPage(browser).signInAs("mentor", "fr");

    new HolderFormPage(browser)
        .openNew()
        .fillValid("fr 456789", "Khadija", "Essaidi")
        .saveAndOpenHolder();
    assertEquals("Khadija Essaidi", browser.byId("holderName").getText());
    assertEquals("FR456789", browser.byId("viewCin").getText());
    assertEquals(
        "500,00 " + Browser.text("fr", "money.currency"),
        browser.byId("viewIncomePerPerson").getText());
    browser.screenshot("holder-view-fr-desk");

    new HolderListPage(browser).open().searchFor("Essaidi", List.of("Essaidi Khadija"));
    browser.screenshot("holder-list-fr-desk");
  }

  @Test
  void aMentorRegistersAProjectHolderInArabicOnAPhone() {
    start(Browser.PHONE);
    new LoginPage(browser).signInAs("mentor", "ar");
    var shell = new Shell(browser);

    assertEquals("rtl", shell.direction());
    assertEquals("ar", shell.language());
    new HolderFormPage(browser)
        .openNew()
        .fillValid("AR 246810", "مريم", "العلوي")
        .saveAndOpenHolder();
    assertEquals("مريم العلوي", browser.byId("holderName").getText());
    assertEquals("rtl", shell.direction());
    assertEquals("الدار البيضاء", browser.byId("viewProvince").getText());
    browser.assertFitsTheScreen();
    browser.screenshot("holder-view-ar-phone");

    new HolderListPage(browser).open();
    assertTrue(
        browser.find(By.id("listForm:holders")).getAttribute("class").contains("ui-datatable-rtl"),
        "the table is not right to left");
    new HolderListPage(browser).searchFor("ar 246810", List.of("العلوي مريم"));
    browser.screenshot("holder-list-ar-phone");
  }

  @Test
  void whenTwoMentorsEditTheSameHolderTheSecondSaveIsRefusedAndNothingIsLost() {
    start(Browser.DESK);
    new LoginPage(browser).signInAs("mentor", "en");
    new HolderFormPage(browser)
        .openNew()
        .fillValid("CF 24680", "Asmae", "Shared")
        .saveAndOpenHolder();
    String holderUrl = browser.driver().getCurrentUrl();

    try (Browser other = new Browser(Browser.DESK)) {
      new LoginPage(other).signInAs("mentor2", "en");
      other.driver().get(holderUrl.replace("/holder.xhtml", "/holder-form.xhtml"));
      browser.driver().get(holderUrl.replace("/holder.xhtml", "/holder-form.xhtml"));

      var first = new HolderFormPage(browser);
      browser.type("lastName", "SavedFirst");
      first.saveAndOpenHolder();

      var second = new HolderFormPage(other);
      other.type("commune", "Typed by the second mentor");
      second.save();
      other.waitForText(By.id("formMessages"), Browser.text("en", "error.conflict.detail"));
      assertEquals("Typed by the second mentor", second.valueOf("commune"));
      other.byId("conflictHelp");
      other.screenshot("holder-form-conflict-en");
    }

    browser.driver().navigate().refresh();
    assertEquals("Asmae SavedFirst", browser.byId("holderName").getText());
  }

  @Test
  void theAdministratorOpensACallAndAMentorSeesAHoldersEligibilityRuleByRule() {
    start(Browser.DESK);
    new LoginPage(browser).signInAs("admin", "fr");
    var form =
        new CallFormPage(browser)
            .openNew()
            .fill(
                "Appel Casablanca printemps 2027",
                "01/03/2027",
                "01/02/2027",
                "40",
                "Casablanca",
                "1000");
    form.save();
    browser.waitForText(By.id("closesOnMessage"), Browser.text("fr", "dateRange.endBeforeStart"));
    browser.typeDate("closesOn", "30/04/2027");
    form.saveAndReturnToTheList();
    browser.waitForText(By.id("callsForm:calls"), "Appel Casablanca printemps 2027");
    new Shell(browser).signOut();

    new LoginPage(browser).signInAs("mentor", "fr");
    new HolderFormPage(browser)
        .openNew()
        .fillValid("EG 97531", "Ilyas", "Eligible")
        .saveAndOpenHolder();
    // Other tests open calls too: pick this one rather than rely on it being the latest.
    String call =
        (String)
            browser.script(
                "return Array.from(document.querySelectorAll(\"[id='eligibilityForm:call_input']"
                    + " option\")).find(o => o.textContent === arguments[0]).value;",
                "Appel Casablanca printemps 2027");
    browser.choose("eligibilityForm:call", call);
    browser.waitForText(By.id("eligibilityForm:call_label"), "Appel Casablanca printemps 2027");
    browser.waitForText(
        By.id("eligibilitySummary"), Browser.text("fr", "eligibility.summary.eligible"));
    assertEquals(
        Browser.text("fr", "eligibility.summary.eligible"),
        browser.byId("eligibilitySummary").getText());
    assertEquals(
        4,
        browser
            .driver()
            .findElements(By.cssSelector("#eligibilityForm\\:outcomes .outcome-pass"))
            .size());
    assertTrue(
        browser.byId("eligibilityForm:outcomes").getText().contains("500.00"),
        browser.byId("eligibilityForm:outcomes").getText());
    browser.screenshot("holder-eligibility-fr-desk");
  }

  @Test
  void theChosenLanguageIsRememberedAfterSigningOut() {
    start(Browser.DESK);
    new LoginPage(browser).signInAs("reviewer", "fr");
    new Shell(browser).switchTo("en");
    new Shell(browser).signOut();

    new LoginPage(browser).open();
    assertEquals("en", new Shell(browser).language());
    assertEquals(
        Browser.text("en", "login.title"), browser.find(By.cssSelector("h1.page-title")).getText());
  }
}
