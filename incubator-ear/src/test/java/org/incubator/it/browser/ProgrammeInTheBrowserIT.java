package org.incubator.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.incubator.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The administrator changes the programme's settings: a tranche plan that does not add up is
 * explained where it was typed and nothing is lost; a change is saved and shows in the history; the
 * page reads right to left on a phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgrammeInTheBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  private Browser browser;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.screenshot("last-programme-settings");
      browser.close();
    }
  }

  private void signIn(String language, org.openqa.selenium.Dimension size) {
    browser = new Browser(size);
    new LoginPage(browser).signInAs("admin", language);
  }

  private void typeIn(WebElement input, String text) {
    input.clear();
    input.sendKeys(text);
  }

  private void save(String expected) {
    browser.click("saveSettings");
    browser.waitUntil(() -> browser.pageText().contains(expected), expected);
  }

  @Test
  void theAdministratorChangesTheSettingsInFrenchAfterAPlanThatDoesNotAddUpIsExplained() {
    signIn("fr", Browser.DESK);
    browser.clickOn(By.cssSelector("[id$=menuSettings]"));
    browser.waitForUrl("/programme/settings.xhtml");
    assertEquals("30000.00", browser.byId("grantCeiling").getAttribute("value"));
    WebElement secondShare = browser.find(By.cssSelector("input[id$=':1:percent']"));
    assertEquals("40", secondShare.getAttribute("value"));

    browser.type("repeatYears", "4");
    typeIn(secondShare, "30");
    browser.click("saveSettings");
    browser.waitForText(By.id("tranchesMessage"), Browser.text("fr", "grant.tranches.sum"));
    assertEquals("4", browser.byId("repeatYears").getAttribute("value"), "what was typed stays");
    browser.screenshot("settings-refused-fr-desk");

    typeIn(browser.find(By.cssSelector("input[id$=':1:percent']")), "40");
    save(Browser.text("fr", "programme.settings.saved"));
    By latestYears = By.cssSelector("#changes_data tr:first-child td:last-child");
    assertTrue(
        browser.find(latestYears).getText().endsWith("4"),
        "the change is in the history: " + browser.find(latestYears).getText());
    String latestPlan =
        browser.find(By.cssSelector("#changes_data tr:first-child td:nth-child(5)")).getText();
    assertTrue(
        latestPlan.contains("60 % " + Browser.text("fr", "Milestone.BUSINESS_LAUNCHED")),
        "the plan in the reader's words: " + latestPlan);

    // Back to the programme's three years, for the other tests.
    browser.type("repeatYears", "3");
    browser.click("saveSettings");
    browser.waitUntil(
        () -> browser.find(latestYears).getText().endsWith("3"),
        "the second change on top of the history");
    browser.screenshot("settings-saved-fr-desk");
  }

  @Test
  void theSettingsPageReadsRightToLeftOnAPhone() {
    signIn("ar", Browser.PHONE);
    browser.open("/programme/settings.xhtml");
    browser.find(By.id("saveSettings"));
    assertEquals("rtl", new Shell(browser).direction());
    browser.assertFitsTheScreen();
    browser.screenshot("settings-ar-phone");
  }
}
