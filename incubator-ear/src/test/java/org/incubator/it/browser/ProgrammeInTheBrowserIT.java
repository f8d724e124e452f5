package org.incubator.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.List;
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
 * The administrator changes the programme's settings: a number out of bounds and a tranche plan
 * that does not add up are explained where they were typed and nothing is lost; a change is saved
 * and shows in the history, setting by setting; the page reads right to left on a phone, where an
 * amount out of bounds is refused on its field in Arabic.
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
  void theAdministratorChangesTheSettingsInFrenchAfterRefusalsExplainedOnTheirFields() {
    signIn("fr", Browser.DESK);
    browser.clickOn(By.cssSelector("[id$=menuSettings]"));
    browser.waitForUrl("/programme/settings.xhtml");
    assertEquals("30000.00", browser.byId("grantCeiling").getAttribute("value"));
    assertTrue(
        browser.pageText().contains(Browser.text("fr", "SettingContext.SELECTION"))
            && browser.pageText().contains(Browser.text("fr", "SettingContext.GRANT")),
        "a card per context");
    assertTrue(
        browser
            .pageText()
            .contains(
                MessageFormat.format(
                    Browser.text("fr", "programme.setting.wholeNumber.hint"), "2", "15")),
        "the quorum's bounds in its hint");
    WebElement secondShare = browser.find(By.cssSelector("input[id$=':1:percent']"));
    assertEquals("40", secondShare.getAttribute("value"));

    browser.type("repeatYears", "4");
    browser.type("committeeQuorum", "16");
    browser.click("saveSettings");
    browser.waitForText(
        By.id("committeeQuorumMessage"), MessageFormat.format(wholeNumber("fr"), "2", "15"));
    assertEquals("4", browser.byId("repeatYears").getAttribute("value"), "what was typed stays");

    browser.type("committeeQuorum", "3");
    typeIn(browser.find(By.cssSelector("input[id$=':1:percent']")), "30");
    browser.click("saveSettings");
    browser.waitForText(By.id("tranchePlanMessage"), Browser.text("fr", "grant.tranches.sum"));
    assertEquals("4", browser.byId("repeatYears").getAttribute("value"), "what was typed stays");
    browser.screenshot("settings-refused-fr-desk");

    typeIn(browser.find(By.cssSelector("input[id$=':0:percent']")), "70");
    save(Browser.text("fr", "programme.settings.saved"));
    browser.waitUntil(
        () -> latestRows().size() >= 2, "the two settings changed at the top of the history");
    String years = rowOf(Browser.text("fr", "Setting.REPEAT_YEARS"));
    assertTrue(years.matches("(?s).*3\\s+4"), "before and after: " + years);
    String plan = rowOf(Browser.text("fr", "Setting.TRANCHE_PLAN"));
    assertTrue(
        plan.contains("60 % " + Browser.text("fr", "Milestone.BUSINESS_LAUNCHED"))
            && plan.contains("70 % " + Browser.text("fr", "Milestone.BUSINESS_LAUNCHED")),
        "the plans in the reader's words: " + plan);
    browser.screenshot("settings-saved-fr-desk");

    // Back to the programme's defaults, for the other tests.
    browser.type("repeatYears", "3");
    typeIn(browser.find(By.cssSelector("input[id$=':0:percent']")), "60");
    typeIn(browser.find(By.cssSelector("input[id$=':1:percent']")), "40");
    browser.click("saveSettings");
    browser.waitUntil(
        () -> rowOf(Browser.text("fr", "Setting.REPEAT_YEARS")).matches("(?s).*4\\s+3"),
        "the second change on top of the history");
  }

  private static String wholeNumber(String language) {
    return Browser.text(language, "programme.setting.wholeNumber");
  }

  /** The rows of the history's first page, as text. */
  private List<String> latestRows() {
    return browser.driver().findElements(By.cssSelector("#changes_data tr")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The latest change of the setting with this label, as its row reads. */
  private String rowOf(String label) {
    return latestRows().stream()
        .filter(row -> row.contains(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no change of " + label + " in " + latestRows()));
  }

  @Test
  void theSettingsPageReadsRightToLeftOnAPhoneAndRefusesAnAmountOnItsField() {
    signIn("ar", Browser.PHONE);
    browser.open("/programme/settings.xhtml");
    browser.find(By.id("saveSettings"));
    assertEquals("rtl", new Shell(browser).direction());
    browser.assertFitsTheScreen();
    browser.screenshot("settings-ar-phone");

    browser.type("twoReviewersAbove", "-5");
    browser.click("saveSettings");
    browser.waitForText(
        By.id("twoReviewersAboveMessage"),
        MessageFormat.format(Browser.text("ar", "programme.setting.amountFrom"), "0"));
    assertEquals("-5", browser.byId("twoReviewersAbove").getAttribute("value"));
    browser.assertFitsTheScreen();
    browser.script("document.getElementById('changes').scrollIntoView();");
    browser.screenshot("settings-history-ar-phone");
  }
}
