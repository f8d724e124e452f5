package org.incubator.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.incubator.it.database.TestDatabase;
import org.incubator.it.support.Deployments;
import org.incubator.it.support.GrantFixtures;
import org.incubator.shared.CentreTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Selection and the seed grant in the browser, on the demo call: a mentor marks the demo
 * entrepreneur's application and puts it before the committee, the committee admits him into a
 * cohort with Nadia as his lead mentor, the mentor asks for a seed grant that two reviewers approve
 * (the second in Arabic), the treasurer pays its first tranche once the mentor confirmed the
 * launch, and he reads "admitted", his approved grant and the paid tranche in Arabic on his phone —
 * and nobody else's application, whatever the URL.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SelectionInTheBrowserIT {

  private static final String DEMO_CALL = "Appel 2027 — Casablanca-Settat";
  private static final String DEMO_ENTREPRENEUR_CIN = "BK100000";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  private Browser desk;
  private Browser phone;

  @AfterEach
  void closeBrowsers(TestInfo test) {
    String name = test.getTestMethod().orElseThrow().getName();
    for (Browser browser : new Browser[] {desk, phone}) {
      if (browser != null) {
        browser.screenshot("last-" + name + (browser == phone ? "-phone" : "-desk"));
        browser.close();
      }
    }
  }

  @Test
  void
      aMentorMarksTheCommitteeAdmitsTwoReviewersFundTheTreasurerPaysAndTheEntrepreneurSeesItOnHisPhone()
          throws Exception {
    desk = new Browser(Browser.DESK);
    new LoginPage(desk).signInAs("mentor", "en");
    var holders = new HolderListPage(desk).open();
    holders.searchFor(DEMO_ENTREPRENEUR_CIN, List.of("Amrani Youssef"));
    desk.clickOn(By.cssSelector("a.holder-link"));
    desk.clickOn(By.cssSelector("#holderApplications a.application-link"));

    var application = new ApplicationPage(desk);
    assertEquals(Browser.text("en", "ApplicationStatus.ELIGIBLE"), application.status());
    application.mark("8", "7", "9", "11");
    desk.waitForText(
        By.id("markInterviewMessage"),
        MessageFormat.format(Browser.text("en", "selection.grid.mark"), "10"));
    assertEquals(Browser.text("en", "selection.application.notScored"), application.total());
    assertEquals(
        "8",
        desk.byId("markVulnerability").getAttribute("value"),
        "the marks typed stay after a refusal");
    desk.type("markInterview", "8");
    desk.click("saveScore");
    // (8×30 + 7×20 + 9×30 + 8×20) / 10 = 81
    desk.waitForText(By.id("total"), "81.00");
    application.shortlist();
    application.waitForStatus(Browser.text("en", "ApplicationStatus.SHORTLISTED"));
    String applicationUrl = desk.driver().getCurrentUrl();
    long applicationId = Long.parseLong(applicationUrl.replaceAll(".*[?&]id=(\\d+).*", "$1"));

    desk.open("/selection/calls.xhtml");
    desk.clickOn(
        By.xpath("//tr[contains(., '" + DEMO_CALL + "')]//a[contains(@class, 'committee-link')]"));
    // The ranking filtered and shown whole again (its AJAX requests build the page without the
    // cohorts and the sessions): the session form below still works as before.
    desk.waitForText(By.id("ranking"), "Youssef Amrani");
    desk.choose("genderFilter", "FEMALE");
    desk.waitUntil(
        () -> !desk.byId("ranking").getText().contains("Youssef Amrani"), "women only ranked");
    desk.choose("genderFilter", "");
    desk.waitForText(By.id("ranking"), "Youssef Amrani");
    desk.typeDate("heldOn", CentreTime.today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    desk.pick("addMember", "kar", "mentor");
    desk.waitForText(By.id("members"), "Karim Bennani");
    desk.pick("addMember", "El Id", "mentor2");
    desk.waitForText(By.id("members"), "Nadia El Idrissi");
    desk.pick("addMember", "sam", "admin");
    desk.waitForText(By.id("members"), "Samira Admin");
    // Karim unticked, then picked again: ticked, with his one checkbox
    By ticked = By.cssSelector("[id='members'] input[type='checkbox']:checked");
    desk.clickOn(By.xpath("//*[@id='members']//label[normalize-space()='Karim Bennani']"));
    desk.waitUntil(() -> desk.driver().findElements(ticked).size() == 2, "Karim unticked");
    desk.pick("addMember", "kar", "mentor");
    desk.waitUntil(() -> desk.driver().findElements(ticked).size() == 3, "Karim ticked again");
    assertEquals(3, desk.driver().findElements(By.cssSelector("[id='members'] label")).size());
    desk.type("minutes", "Quorum reached. Files presented by Karim Bennani.");
    desk.click("recordSession");
    desk.waitForText(By.id("sessionTable"), "Quorum reached.");
    desk.waitForText(By.id("sessionTable"), "Nadia El Idrissi");
    desk.waitForText(By.id("ranking"), "Youssef Amrani");
    desk.clickOn(By.xpath("//tbody[@id='ranking_data']//a[normalize-space()='Youssef Amrani']"));

    application = new ApplicationPage(desk);
    application.admitInto("Cohorte A", "nad", "mentor2");
    desk.waitForText(By.id("proposalLead"), "Nadia El Idrissi");
    assertEquals(
        Browser.text("en", "ApplicationStatus.SHORTLISTED"),
        desk.byId("status").getText(),
        "a proposal alone decides nothing");
    // Four eyes: a second member present confirms the admission.
    new Shell(desk).signOut();
    new LoginPage(desk).signInAs("mentor2", "en");
    desk.open("/selection/application.xhtml?id=" + applicationId);
    desk.click("confirmProposal");
    application.waitForStatus(Browser.text("en", "ApplicationStatus.ADMITTED"));
    new Shell(desk).signOut();
    new LoginPage(desk).signInAs("mentor", "en");
    desk.open("/selection/application.xhtml?id=" + applicationId);
    assertEquals("Cohorte A", desk.byId("cohort").getText());
    desk.screenshot("application-admitted-en-desk");

    // The mentor prepares a seed grant above the two-reviewer threshold and submits it.
    desk.clickOn(By.id("prepareGrant"));
    String envelope =
        (String)
            desk.script(
                "return Array.from(document.querySelectorAll('#envelope_input option')).find(o =>"
                    + " o.textContent.startsWith('INDH 2027')).value;");
    desk.choose("envelope", envelope);
    desk.find(By.cssSelector("input[id$=':0:description']")).sendKeys("Industrial sewing machine");
    desk.find(By.cssSelector("input[id$=':0:amount']")).sendKeys("25000");
    desk.type(
        "justification",
        "Equips the workshop he trained for; the rest of the budget is his own contribution.");
    desk.click("saveGrant");
    desk.waitForUrl("/grant/request.xhtml");
    String requestPage =
        desk.driver().getCurrentUrl().replaceAll(".*(/grant/request\\.xhtml\\?id=\\d+).*", "$1");
    // The programme asks for a complete training first, and Cohorte A has not started: this
    // programme funds its first cohort before training, so the administrator turns the rule off.
    assertTrue(
        desk.byId("trainingIncomplete")
            .getText()
            .contains(Browser.text("en", "grant.request.trainingIncomplete")));
    new Shell(desk).signOut();
    new LoginPage(desk).signInAs("admin", "fr");
    trainingBeforeGrant(desk, "false");
    new Shell(desk).signOut();
    new LoginPage(desk).signInAs("mentor", "en");
    desk.open(requestPage);
    assertTrue(desk.driver().findElements(By.id("trainingIncomplete")).isEmpty());
    // Without the business plan the request cannot go to review; the mentor attaches it and comes
    // back.
    assertTrue(
        desk.byId("businessPlanMissing")
            .getText()
            .contains(Browser.text("en", "grant.request.businessPlanMissing")));
    desk.clickOn(By.cssSelector("#businessPlanMissing a"));
    desk.choose("kind", "BUSINESS_PLAN");
    Path plan = Files.createTempFile("business-plan", ".pdf");
    Files.write(
        plan,
        "%PDF-1.4\n% the business plan of a sewing workshop\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII));
    desk.find(By.cssSelector("#documentForm input[type=file]")).sendKeys(plan.toString());
    desk.click("attach");
    desk.waitForText(By.id("documentTable"), plan.getFileName().toString());
    desk.open(requestPage);
    assertTrue(
        desk.byId("fileDocuments")
            .getText()
            .contains(Browser.text("en", "DocumentKind.BUSINESS_PLAN")));
    desk.click("submitRequest");
    desk.waitForText(By.id("grantStatus"), Browser.text("en", "GrantStatus.SUBMITTED"));
    new Shell(desk).signOut();

    // Above 20,000 MAD two different reviewers approve; the second one works in Arabic.
    new LoginPage(desk).signInAs("reviewer", "en");
    desk.open("/grant/inbox.xhtml");
    desk.find(By.cssSelector("#inboxForm\\:inbox_data a.request-link"));
    desk.open(requestPage);
    HttpResponse<byte[]> planRead =
        desk.download(
            desk.find(By.cssSelector("#fileDocuments a.document-link")).getAttribute("href"));
    assertEquals(200, planRead.statusCode(), "the reviewer reads the business plan");
    assertTrue(new String(planRead.body(), StandardCharsets.US_ASCII).contains("sewing workshop"));
    desk.click("approve");
    desk.waitForText(By.id("trail"), Browser.text("en", "GrantAction.FIRST_APPROVAL"));
    assertEquals(
        Browser.text("en", "GrantStatus.SUBMITTED"),
        desk.byId("grantStatus").getText(),
        "one approval is not enough above the threshold");
    new Shell(desk).signOut();
    new LoginPage(desk).signInAs("reviewer2", "ar");
    desk.open(requestPage);
    desk.click("approve");
    desk.waitForText(By.id("grantStatus"), Browser.text("ar", "GrantStatus.APPROVED"));
    desk.screenshot("grant-approved-ar-desk");
    new Shell(desk).signOut();

    // His training over (as the rolls of a finished training record it: TrainingIT proves that
    // way), Nadia, whom the committee made his lead mentor, records the launch; she did not
    // prepare the grant, so it releases the first tranche (60 %).
    completeTraining(applicationId);
    new LoginPage(desk).signInAs("mentor2", "en");
    desk.open("/selection/application.xhtml?id=" + applicationId);
    assertTrue(desk.byId("leadMentorName").getText().contains("Nadia El Idrissi"));
    desk.choose("legalForm", "AUTO_ENTREPRENEUR");
    desk.type("registrationNumber", "AE-2027-00912");
    desk.typeDate(
        "startedOn",
        CentreTime.today().minusDays(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    desk.type("activity", "Tailoring workshop");
    desk.type("launchAddress", "The workshop in Sidi Moumen, bloc 4");
    desk.choose("launchProvince", "CASABLANCA");
    desk.click("saveLaunch");
    desk.waitForText(By.id("launchLegalForm"), Browser.text("en", "LegalForm.AUTO_ENTREPRENEUR"));
    assertTrue(desk.driver().findElements(By.id("confirmLaunch")).isEmpty(), "not by herself");
    desk.screenshot("launch-recorded-en-desk");
    new Shell(desk).signOut();
    new LoginPage(desk).signInAs("admin", "fr");
    desk.open(requestPage);
    desk.type("reference", "VIR-2027-0042");
    desk.clickOn(By.cssSelector(".pay-tranche"));
    desk.waitForText(By.cssSelector(".tranche-1"), Browser.text("fr", "TrancheStatus.PAID"));
    String paid = desk.find(By.cssSelector(".payment-details")).getText();
    assertTrue(
        paid.contains("VIR-2027-0042")
            && paid.contains(Browser.text("fr", "PaymentMethod.BANK_TRANSFER")),
        "how and when it was paid: " + paid);
    assertEquals(
        Browser.text("fr", "TrancheStatus.WAITING_FOR_MILESTONE"),
        desk.find(By.cssSelector(".tranche-2")).getText());
    desk.screenshot("tranche-paid-fr-desk");
    // Closing without a reason is explained beside the reason (it used to show nowhere).
    desk.click("closeGrant");
    desk.clickOn(By.cssSelector(".ui-confirmdialog-yes"));
    desk.waitForText(
        By.id("closeReasonMessage"), Browser.text("fr", "grant.review.commentRequired"));
    trainingBeforeGrant(desk, "true");
    new Shell(desk).signOut();

    phone = new Browser(Browser.PHONE);
    new LoginPage(phone).signInAs("entrepreneur", "ar");
    phone.clickOn(By.cssSelector("a.my-application-link"));
    phone.waitForText(By.id("myStatus"), Browser.text("ar", "ApplicationStatus.ADMITTED"));
    assertTrue(
        phone.byId("myCohort").getText().startsWith("Cohorte A"), phone.byId("myCohort").getText());
    assertEquals(Browser.text("ar", "my.next.ADMITTED"), phone.byId("nextStep").getText());
    List<WebElement> moves = phone.driver().findElements(By.cssSelector("#myTimeline li"));
    assertTrue(
        moves
            .get(0)
            .getText()
            .contains(Browser.text("ar", "selection.application.reason.admitted")),
        moves.get(0).getText());
    assertEquals("rtl", new Shell(phone).direction());
    phone.assertFitsTheScreen();
    phone.waitForText(By.cssSelector(".grant-status"), Browser.text("ar", "GrantStatus.APPROVED"));
    assertEquals(
        "25.000,00 " + Browser.text("ar", "money.currency"),
        phone.find(By.cssSelector(".grant-amount")).getText());
    assertTrue(
        phone
            .find(By.cssSelector(".my-tranche-1"))
            .getText()
            .contains(Browser.text("ar", "my.tranche.PAID")),
        "the first tranche shows as paid");
    assertTrue(
        phone
            .find(By.cssSelector(".my-tranche-2"))
            .getText()
            .contains(Browser.text("ar", "Milestone.EVALUATION_PASSED")),
        "what unlocks the next one");
    phone.screenshot("my-application-ar-phone");

    // The decision letter, in Arabic, says what was approved and how it is paid.
    String letterUrl = phone.find(By.cssSelector("a.letter-ar")).getAttribute("href");
    HttpResponse<byte[]> letter = phone.download(letterUrl);
    assertEquals(200, letter.statusCode());
    assertEquals("application/pdf", letter.headers().firstValue("Content-Type").orElse(""));
    String letterText = PdfText.of(letter.body());
    assertTrue(letterText.contains(Browser.text("ar", "letter.title.approved")), letterText);
    assertTrue(
        letterText.contains("Youssef Amrani") && letterText.contains("BK100000"), letterText);
    assertTrue(
        letterText.contains(Browser.text("ar", "Milestone.BUSINESS_LAUNCHED")),
        "the tranches and their conditions: " + letterText);

    phone.open("/my/application.xhtml?id=" + (applicationId + 1));
    phone.find(By.id("error-404"));
    phone.open("/selection/application.xhtml?id=" + applicationId);
    phone.find(By.id("error-403"));
  }

  /** The administrator sets whether a grant request waits for a complete training. */
  private static void trainingBeforeGrant(Browser desk, String yes) {
    desk.open("/programme/settings.xhtml");
    desk.choose("trainingBeforeGrant", yes);
    desk.click("saveSettings");
    desk.waitUntil(
        () -> desk.pageText().contains(Browser.text("fr", "programme.settings.saved")),
        "the settings saved");
  }

  /** The person's training complete, as the rolls of a finished training record it. */
  private static void completeTraining(long applicationId) throws Exception {
    try (var connection = TestDatabase.connect()) {
      GrantFixtures.recordTrainingComplete(connection, applicationId);
    }
  }
}
