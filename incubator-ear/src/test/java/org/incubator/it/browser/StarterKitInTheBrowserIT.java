package org.incubator.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.openqa.selenium.interactions.Actions;

/**
 * Kits handed over as people do it, on the demo's kits: a mentor hands Houda's kit over on a 360-px
 * phone in Arabic and she signs with a finger on his screen; Rachid's, once the administrator
 * waived his training, is confirmed on Rachid's own phone while the mentor's page waits for it. The
 * receipts are read back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StarterKitInTheBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  private Browser browser;
  private Browser second;

  @AfterEach
  void closeBrowsers() {
    for (Browser open : new Browser[] {browser, second}) {
      if (open != null) {
        open.screenshot("last-starterkit");
        open.close();
      }
    }
  }

  /** Opens a person's kit from the list of reserved kits, as a mentor would. */
  private void openReservedKit(Browser in, String name) {
    in.open("/starterkit/kits.xhtml?shown=RESERVED");
    in.clickOn(By.xpath("//a[contains(@class, 'kit-link')][contains(., '" + name + "')]"));
    in.find(By.id("allocationStatus"));
  }

  private String receiptOf(Browser in, String language) {
    return in.find(By.cssSelector(".receipt-" + language)).getAttribute("href");
  }

  @Test
  void aMentorHandsAKitOverOnAPhoneInArabicAndThePersonSignsWithAFinger() {
    browser = new Browser(Browser.PHONE);
    new LoginPage(browser).signInAs("mentor", "ar");
    openReservedKit(browser, "Houda Naciri");
    browser.type("place", "Centre Hay Mohammadi, المخزن");
    browser.screenshot("starterkit-phone-ar-handover-form");
    String serial = browser.byId("picks:0:serial_label").getText();
    assertTrue(
        serial.matches("(DOU|ELE)-2025-A001"),
        "the first unit of the article on the shelves is picked: " + serial);
    assertFalse(
        browser.driver().findElement(By.cssSelector(".scan-serial")).isDisplayed(),
        "no camera scanning where the browser cannot read labels");

    // a hand-over without a signature is refused on the signature, nothing lost
    browser.click("handOver");
    browser.waitForText(
        By.id("signatureMessage"), Browser.text("ar", "starterkit.handover.signatureRequired"));
    assertEquals("Centre Hay Mohammadi, المخزن", browser.byId("place").getAttribute("value"));

    WebElement pad = browser.byId("signaturePad");
    browser.script("arguments[0].scrollIntoView({block: 'center'});", pad);
    new Actions(browser.driver())
        .moveToElement(pad, -60, 10)
        .clickAndHold()
        .moveByOffset(30, -25)
        .moveByOffset(30, 35)
        .moveByOffset(40, -30)
        .release()
        .perform();
    browser.waitUntil(
        () ->
            String.valueOf(browser.script("return document.getElementById('signature').value;"))
                .startsWith("data:image/png;base64,"),
        "the signature drawn is kept in the form");
    browser.assertFitsTheScreen();
    browser.screenshot("starterkit-phone-ar-handover");
    browser.click("handOver");
    browser.find(By.id("handedOver"));
    assertEquals(
        Browser.text("ar", "AllocationStatus.HANDED_OVER"),
        browser.byId("allocationStatus").getText());
    browser.screenshot("starterkit-phone-ar-handed-over");

    var receipt = browser.download(receiptOf(browser, "ar"));
    assertEquals(200, receipt.statusCode());
    String text = PdfText.of(receipt.body());
    assertTrue(text.contains("Houda") || text.contains("Naciri"), text);
    assertTrue(text.contains(serial), "the serial handed over is on the receipt: " + text);
    assertTrue(PdfText.imagesOnFirstPage(receipt.body()) > 0, "the signature is on the receipt");
    var again = browser.download(receiptOf(browser, "ar"));
    assertEquals(
        receipt.headers().firstValue("X-Content-SHA256").orElseThrow(),
        again.headers().firstValue("X-Content-SHA256").orElseThrow(),
        "the receipt is kept as issued");
  }

  @Test
  void rachidConfirmsOnHisOwnPhoneWhileTheMentorsPageWaitsForIt() {
    // the administrator waives the training Rachid is still following, with a reason
    browser = new Browser(Browser.DESK);
    new LoginPage(browser).signInAs("admin", "fr");
    openReservedKit(browser, "Rachid Ait Lahcen");
    browser.type("waiverReason", "Menuisier depuis cinq ans ; l’atelier de son oncle l’attend.");
    browser.click("waive");
    browser.find(By.id("waived"));
    browser.close();

    browser = new Browser(Browser.DESK);
    new LoginPage(browser).signInAs("mentor", "fr");
    openReservedKit(browser, "Rachid Ait Lahcen");
    browser.type("place", "Atelier Ait Lahcen, Hay Mohammadi");
    browser.clickOn(By.cssSelector("label[for='onThePersonsPhone:1']"));
    browser.waitUntil(
        () -> browser.driver().findElements(By.id("signaturePad")).isEmpty(),
        "no signature box when the person confirms on their phone");
    browser.click("handOver");
    browser.find(By.id("awaiting"));

    second = new Browser(Browser.PHONE);
    new LoginPage(second).signInAs("rachid", "ar");
    second.open("/my/kit.xhtml");
    second.find(By.id("unitsToConfirm"));
    second.assertFitsTheScreen();
    second.screenshot("starterkit-phone-ar-my-kit-to-confirm");
    second.click("confirmHandover");
    second.find(By.cssSelector(".receipt-ar"));

    // the mentor's page learns it within seconds, without a reload
    browser.find(By.id("handedOver"));
    assertTrue(
        browser
            .byId("confirmation")
            .getText()
            .contains(Browser.text("fr", "Confirmation.CONFIRMED_ON_PHONE")),
        browser.byId("confirmation").getText());
    String text = PdfText.of(second.download(receiptOf(second, "fr")).body());
    assertTrue(text.contains("rachid"), "the account that confirmed: " + text);
    assertEquals(0, PdfText.imagesOnFirstPage(second.download(receiptOf(second, "fr")).body()));

    // Rachid walks the receipts' ids: only his own answers
    int own = 0;
    for (int id = 1; id <= 40; id++) {
      int status = second.download(second.url("/receipts/" + id)).statusCode();
      assertTrue(status == 200 || status == 404, "receipt " + id + ": " + status);
      own += status == 200 ? 1 : 0;
    }
    assertEquals(1, own, "Rachid reads his own receipt and nobody else's");
    assertEquals(403, second.download(second.url("/starterkit/kits.xhtml")).statusCode());
  }
}
