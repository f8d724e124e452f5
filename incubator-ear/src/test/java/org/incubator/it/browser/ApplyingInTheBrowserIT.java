package org.incubator.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.incubator.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A young person applies from a phone, in Arabic: opens an account, saves a half-filled form and
 * finds it again, sends it, and attaches a scan — a file that is not a PDF/JPEG/PNG is refused
 * whatever its name.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplyingInTheBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  private Browser phone;

  @AfterEach
  void closeBrowser() {
    if (phone != null) {
      phone.screenshot("last-applying-ar-phone");
      phone.close();
    }
  }

  @Test
  void anApplicantOpensAnAccountKeepsADraftSendsItAndAttachesAScanInArabicOnAPhone() throws Exception {
    phone = new Browser(Browser.PHONE);
    new LoginPage(phone).open();
    new Shell(phone).switchTo("ar");
    phone.clickOn(By.id("toJoin"));

    phone.type("displayName", "سلمى العمراني");
    phone.type("username", "salma.online");
    phone.type("password", "une-longue-phrase-2027");
    phone.type("passwordRepeat", "une-autre-phrase-2027");
    phone.click("join");
    phone.waitForText(By.id("passwordRepeatMessage"), Browser.text("ar", "identity.signUp.passwordsDiffer"));
    phone.type("password", "une-longue-phrase-2027");
    phone.type("passwordRepeat", "une-longue-phrase-2027");
    phone.click("join");
    phone.waitForUrl("/home/entrepreneur.xhtml");

    phone.clickOn(By.xpath("//li[contains(., 'Appel 2027')]//*[contains(@class, 'apply-link')]"));
    phone.type("firstName", "سلمى");
    phone.type("householdSize", "5");
    phone.click("saveDraft");
    phone.waitForText(By.id("draftState"), Browser.text("ar", "my.apply.savedAt").substring(0, 8));
    phone.driver().navigate().refresh();
    assertEquals("سلمى", phone.byId("firstName").getAttribute("value"), "the draft comes back");
    assertEquals("5", phone.byId("householdSize").getAttribute("value"));

    new HolderFormPage(phone).fillValid("AR 24680", "سلمى", "العمراني");
    phone.click("send");
    phone.waitForUrl("/my/application.xhtml");
    phone.waitForText(By.id("myStatus"), Browser.text("ar", "ApplicationStatus.ELIGIBLE"));
    assertEquals(Browser.text("ar", "my.next.ELIGIBLE"), phone.byId("nextStep").getText());

    Path notAScan = Files.createTempFile("diploma", ".pdf");
    Files.writeString(notAScan, "this is text, whatever the name says");
    phone.find(By.cssSelector("#documentForm input[type=file]")).sendKeys(notAScan.toString());
    phone.click("attach");
    phone.waitForText(By.id("fileMessage"), Browser.text("ar", "selection.document.format").substring(0, 10));

    Path scan = Files.createTempFile("cin-scan", ".pdf");
    Files.write(scan, "%PDF-1.4\n% a scanned identity card\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    phone.find(By.cssSelector("#documentForm input[type=file]")).sendKeys(scan.toString());
    phone.click("attach");
    phone.waitForText(By.id("documentTable"), scan.getFileName().toString());
    assertTrue(phone.byId("documentTable").getText().contains(Browser.text("ar", "DocumentKind.CIN_SCAN")));

    assertEquals("rtl", new Shell(phone).direction());
    long overflow = (Long) phone.script("return document.documentElement.scrollWidth - window.innerWidth;");
    assertTrue(overflow <= 0, "the page is wider than the phone by " + overflow + " px");
    phone.screenshot("applied-with-document-ar-phone");
  }
}
