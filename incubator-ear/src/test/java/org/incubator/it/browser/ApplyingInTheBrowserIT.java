package org.incubator.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
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
 * whatever its name. A mentor imports a sheet, follows it, and opens its kept report again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplyingInTheBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  private Browser phone;
  private Browser desk;

  @AfterEach
  void closeBrowsers() {
    if (phone != null) {
      phone.screenshot("last-applying-ar-phone");
      phone.close();
    }
    if (desk != null) {
      desk.screenshot("last-import-fr-desk");
      desk.close();
    }
  }

  @Test
  void anAdministratorOpensABudgetEnvelopeInArabicOnAPhoneAfterABadAmountIsExplainedOnItsField() {
    phone = new Browser(Browser.PHONE);
    new LoginPage(phone).signInAs("admin", "ar");
    phone.open("/grant/envelopes.xhtml");
    phone.type("name", "صندوق التضامن 2027");
    phone.type("fundingSource", "Fondation partenaire");
    phone.type("amount", "-5");
    phone.typeDate("startsOn", "01/01/2027");
    phone.typeDate("endsOn", "31/12/2027");
    phone.checkInMenu("callIds", "Appel 2027 — Casablanca-Settat");
    phone.click("openEnvelope");
    phone.waitForText(By.id("amountMessage"), Browser.text("ar", "grant.amount.positive"));
    assertEquals(
        "صندوق التضامن 2027", phone.byId("name").getAttribute("value"), "what was typed stays");

    phone.type("amount", "250000");
    phone.checkInMenu("cohortIds", "Cohorte B (Appel 2027 — Casablanca-Settat)");
    phone.click("openEnvelope");
    phone.waitForText(By.id("envelopeTable"), "صندوق التضامن 2027");
    assertEquals("rtl", new Shell(phone).direction());
    phone.assertFitsTheScreen();
    phone.screenshot("envelopes-ar-phone");

    // Its own page: what it funds, and where it stands month by month as a chart and a table.
    phone.clickOn(By.linkText("صندوق التضامن 2027"));
    phone.waitForText(By.id("envelopeAvailable"), "250.000,00");
    assertEquals("Appel 2027 — Casablanca-Settat", phone.byId("envelopeCalls").getText());
    assertEquals(
        "Cohorte B (Appel 2027 — Casablanca-Settat)", phone.byId("envelopeCohorts").getText());
    phone.find(By.cssSelector("#historyChart canvas"));
    assertTrue(
        phone.driver().findElements(By.cssSelector("#history_data tr")).size() >= 1,
        "a row per month");
    assertTrue(
        phone.byId("history").getText().contains(Browser.text("ar", "grant.envelope.month")),
        phone.byId("history").getText());
    phone.assertFitsTheScreen();
    phone.screenshot("envelope-ar-phone");
  }

  @Test
  void aMentorImportsASheetWatchesItsProgressAndReadsWhyALineWasRefused() throws Exception {
    desk = new Browser(Browser.DESK);
    new LoginPage(desk).signInAs("mentor", "fr");
    desk.open("/selection/calls.xhtml");
    desk.clickOn(By.xpath("//tr[contains(., 'Appel 2027')]//a[contains(@class, 'import-link')]"));

    Path sheet = Files.createTempFile("paper-applications", ".csv");
    Files.writeString(
        sheet,
        "cin;firstName;lastName;birthDate;gender;phone;provinceCode;householdSize;monthlyIncome;education;experienceYears;projectTitle;trade;estimatedBudget;ownContribution\n"
            + "PA7001;Hajar;Berrada;03/03/2002;FEMALE;0662233445;CASABLANCA;6;2400;VOCATIONAL;2;Pâtisserie;FOOD_PROCESSING;25000;2500\n"
            + "PA7002;Anas;Squalli;31/13/2002;MALE;0662233446;CASABLANCA;4;2000;VOCATIONAL;2;Menuiserie;CARPENTRY;25000;2500\n",
        StandardCharsets.UTF_8);
    desk.find(By.cssSelector("#importForm input[type=file]")).sendKeys(sheet.toString());
    desk.click("startImport");
    String summary =
        MessageFormat.format(Browser.text("fr", "selection.import.summary"), 2, 2, 1, 1);
    desk.waitForText(By.id("importSummary"), summary);
    desk.waitUntil(
        () -> desk.driver().findElements(By.cssSelector("#refusedLines_data tr")).size() == 1,
        "one refused line in the report");
    assertTrue(
        desk.byId("refusedLines").getText().contains("birthDate"),
        desk.byId("refusedLines").getText());
    assertTrue(
        desk.byId("refusedLines").getText().contains("31/13/2002"),
        desk.byId("refusedLines").getText());
    desk.screenshot("import-report-fr-desk");

    // Its report is kept: the mentor's recent imports list it, and it opens again on a page of
    // its own, with the line it refused and why.
    String fileName = sheet.getFileName().toString();
    desk.waitForText(By.id("importTable"), fileName);
    desk.clickOn(
        By.xpath("//tr[contains(., '" + fileName + "')]//a[contains(@class, 'report-link')]"));
    desk.waitForUrl("report=");
    desk.waitForText(By.id("reportOf"), fileName);
    desk.waitForText(By.id("importSummary"), summary);
    assertTrue(
        desk.byId("refusedLines").getText().contains("PA7002")
            && desk.byId("refusedLines").getText().contains("31/13/2002"),
        desk.byId("refusedLines").getText());
    desk.screenshot("import-kept-report-fr-desk");
  }

  @Test
  void anApplicantOpensAnAccountKeepsADraftSendsItAndAttachesAScanInArabicOnAPhone()
      throws Exception {
    phone = new Browser(Browser.PHONE);
    new LoginPage(phone).openIn("ar");
    phone.clickOn(By.id("toJoin"));

    phone.type("displayName", "سلمى العمراني");
    phone.type("username", "salma.online");
    phone.type("password", "une-longue-phrase-2027");
    phone.type("passwordRepeat", "une-autre-phrase-2027");
    phone.click("join");
    phone.waitForText(
        By.id("passwordRepeatMessage"), Browser.text("ar", "identity.signUp.passwordsDiffer"));
    phone.type("password", "une-longue-phrase-2027");
    phone.type("passwordRepeat", "une-longue-phrase-2027");
    phone.click("join");
    phone.waitForUrl("/home/entrepreneur.xhtml");

    phone.clickOn(By.xpath("//li[contains(., 'Appel 2027')]//*[contains(@class, 'apply-link')]"));
    phone.type("firstName", "سلمى");
    phone.type("householdSize", "5");
    phone.click("saveDraft");
    var savedAt = Browser.textWithAnyArguments("ar", "my.apply.savedAt");
    phone.waitUntil(
        () -> savedAt.matcher(phone.byId("draftState").getText()).matches(),
        "draftState reads " + savedAt);
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
    phone.waitForText(By.id("fileMessage"), Browser.text("ar", "selection.document.format"));

    Path scan = Files.createTempFile("cin-scan", ".pdf");
    Files.write(
        scan, "%PDF-1.4\n% a scanned identity card\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    phone.find(By.cssSelector("#documentForm input[type=file]")).sendKeys(scan.toString());
    phone.click("attach");
    phone.waitForText(By.id("documentTable"), scan.getFileName().toString());
    assertTrue(
        phone
            .byId("documentTable")
            .getText()
            .contains(Browser.text("ar", "DocumentKind.CIN_SCAN")));

    assertEquals("rtl", new Shell(phone).direction());
    phone.assertFitsTheScreen();
    phone.screenshot("applied-with-document-ar-phone");
  }
}
