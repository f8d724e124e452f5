package org.incubator.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.incubator.it.database.TestDatabase;
import org.incubator.it.support.Deployments;
import org.incubator.shared.CentreTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The working pages of mentors and reviewers on a 360-px phone in Arabic: each reads right to left
 * and fits the screen, so nobody has to scroll sideways to reach a column or a button.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhonePagesInTheBrowserIT {

  private static final String DEMO_CALL = "Appel 2027 — Casablanca-Settat";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  private Browser phone;

  @AfterEach
  void closeBrowser() {
    if (phone != null) {
      phone.screenshot("last-phone-pages");
      phone.close();
    }
  }

  private void signIn(String username) {
    phone = new Browser(Browser.PHONE);
    new LoginPage(phone).signInAs(username, "ar");
  }

  /** How many pixels the page is wider than the screen, for each page visited. */
  private final List<String> tooWide = new ArrayList<>();

  private void check(String page, By shown) {
    phone.find(shown);
    assertEquals("rtl", new Shell(phone).direction(), page);
    long overflow = phone.overflow();
    if (overflow > 0) {
      tooWide.add(page + " by " + overflow + " px");
    }
    phone.screenshot("phone-ar-" + page);
  }

  @Test
  void aMentorsPagesFitAPhoneInArabic() {
    signIn("mentor");
    phone.open("/selection/calls.xhtml");
    check("calls", By.xpath("//tr[contains(., '" + DEMO_CALL + "')]"));
    phone.clickOn(
        By.xpath("//tr[contains(., '" + DEMO_CALL + "')]//a[contains(@class, 'ranking-link')]"));
    check("ranking", By.id("ranking"));
    phone.open("/selection/calls.xhtml");
    phone.clickOn(
        By.xpath("//tr[contains(., '" + DEMO_CALL + "')]//a[contains(@class, 'committee-link')]"));
    check("committee", By.cssSelector("canvas"));
    phone.open("/selection/calls.xhtml");
    phone.clickOn(
        By.xpath("//tr[contains(., '" + DEMO_CALL + "')]//a[contains(@class, 'import-link')]"));
    check("import", By.cssSelector("#importTable a.report-link"));
    phone.clickOn(By.cssSelector("#importTable a.report-link"));
    check("import-report", By.id("refusedLines"));
    phone.open("/applicant/holders.xhtml");
    check("holders", By.cssSelector("table"));
    // the mentor's home (with the people of his newest cohorts whose training needs a look: which
    // cohorts those are depends on the tests run before), last year's trained cohort and the
    // file of one of its people
    phone.open("/home/mentor.xhtml");
    check("mentor-home", By.id("homeTitle"));
    phone.open("/training/cohorts.xhtml");
    phone.clickOn(By.id("showNow"));
    check("cohorts-in-training", By.cssSelector("#showNow[aria-current='page']"));
    CohortsPage.openCohort(phone, "Cohorte 2025 — Hay Mohammadi");
    check("trained-cohort", By.cssSelector("#participants .certificate-link"));
    phone.clickOn(By.cssSelector("#participants a.holder-link"));
    phone.clickOn(By.cssSelector("a.application-link"));
    check("file-training", By.id("trainingStage"));
    // the kits: the list, a kit handed over with its tools and checks, the stock, the catalogue
    phone.open("/starterkit/kits.xhtml?shown=HANDED_OVER");
    check("kits", By.cssSelector("#showHANDED_OVER, .show-HANDED_OVER"));
    phone.clickOn(By.xpath("//a[contains(@class, 'kit-link')][contains(., 'Youssef Tazi')]"));
    check("kit-handed-over", By.id("checkTable"));
    phone.open("/starterkit/stock.xhtml");
    check("stock", By.id("shortfallList"));
    phone.open("/starterkit/catalogue.xhtml");
    check("catalogue", By.id("kitLines"));
    assertTrue(tooWide.isEmpty(), "pages wider than the phone: " + tooWide);
  }

  @Test
  void aReviewersPagesFitAPhoneInArabic() {
    signIn("reviewer");
    phone.open("/grant/inbox.xhtml");
    check("inbox", By.cssSelector("table"));
    phone.open("/grant/envelopes.xhtml");
    check("envelopes", By.id("envelopeTable"));
    phone.clickOn(By.linkText("INDH 2027"));
    check("envelope", By.id("history"));
    String opened =
        CentreTime.today().minusDays(30).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    assertTrue(
        phone.find(By.cssSelector(".subtitle")).getText().contains(opened),
        "the demo envelope's period, day/month/year as written: "
            + phone.find(By.cssSelector(".subtitle")).getText());
    assertTrue(tooWide.isEmpty(), "pages wider than the phone: " + tooWide);
  }

  @Test
  void anAdministratorsAccountPagesFitAPhoneInArabic() {
    signIn("admin");
    phone.open("/identity/accounts.xhtml");
    check("accounts", By.id("accounts"));
    phone.clickOn(By.xpath("//a[contains(@class, 'account-link')][1]"));
    check("account", By.id("saveAccount"));
    phone.open("/identity/password.xhtml");
    check("password", By.id("changePassword"));
    phone.open("/starterkit/stock.xhtml");
    check("stock-delivery-form", By.id("receive"));
    phone.open("/starterkit/catalogue.xhtml");
    check("catalogue-forms", By.id("addSupplier"));
    // a person's file: who led them, and who decided each change, by their names
    new HolderListPage(phone).open().searchFor("Zakaria", List.of("Fassi Zakaria"));
    phone.clickOn(By.cssSelector("a.holder-link"));
    phone.clickOn(By.cssSelector("a.application-link"));
    check("file-lead-history", By.id("leadHistory"));
    String history = phone.find(By.id("leadHistory")).getText();
    assertTrue(
        (history.contains("Karim Bennani") || history.contains("Nadia El Idrissi"))
            && history.contains("Samira Admin")
            && !history.matches("(?s).*\\b(admin|mentor|mentor2)\\b.*"),
        history);
    assertTrue(tooWide.isEmpty(), "pages wider than the phone: " + tooWide);
  }

  /**
   * At the business, on his phone in French, Amina's lead mentor records a routine follow-up with
   * two actions; Amina marks hers done on her phone in Arabic; the mentor's day shows his own still
   * open.
   */
  @Test
  void aFollowUpRecordedOnAPhoneAndAnActionClosedOnAnother() throws Exception {
    long amina;
    String lead;
    try (var connection = TestDatabase.connect();
        var statement =
            connection.prepareStatement(
                "SELECT p.id, m.lead_mentor FROM participant p JOIN project_holder h ON h.id ="
                    + " p.holder_id JOIN mentorship m ON m.participant_id = p.id WHERE h.account ="
                    + " 'amina.saidi'");
        var rows = statement.executeQuery()) {
      assertTrue(rows.next(), "the demo's Amina Saidi follows the programme, led by a mentor");
      amina = rows.getLong(1);
      lead = rows.getString(2);
    }
    String hers = "Demander deux devis de tissu " + System.nanoTime() % 100_000;
    String his = "Apporter les formulaires de la banque " + System.nanoTime() % 100_000;
    DateTimeFormatter typed = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    phone = new Browser(Browser.PHONE);
    new LoginPage(phone).signInAs(lead, "fr");
    phone.open("/coaching/person.xhtml?id=" + amina);
    assertEquals("FOLLOW_UP", phone.byId("kind_input").getAttribute("value"), "a follow-up");
    assertEquals("AT_BUSINESS", phone.byId("place_input").getAttribute("value"), "at the business");
    phone.type("topics", "Prix de vente et stock de tissu");
    phone.type("actionWhat0", hers);
    phone.typeDate("actionDue0", CentreTime.today().plusDays(7).format(typed));
    phone.type("actionWhat1", his);
    phone.choose("actionOwner1", "MENTOR");
    phone.typeDate("actionDue1", CentreTime.today().plusDays(3).format(typed));
    phone.click("recordSession");
    phone.waitForText(By.id("openActions"), his);
    assertTrue(phone.byId("openActions").getText().contains(hers));
    assertTrue(phone.overflow() <= 0, "the session's form fits the phone");
    phone.screenshot("coaching-follow-up-fr-phone");
    Browser mentorsPhone = phone;

    phone = new Browser(Browser.PHONE);
    try {
      new LoginPage(phone).signInAs("amina.saidi", "ar");
      phone.open("/my/progress.xhtml");
      assertEquals("rtl", new Shell(phone).direction());
      phone.clickOn(
          By.xpath(
              "//li[contains(@class, 'my-action')][contains(., '"
                  + hers
                  + "')]//button[contains(@class, 'my-action-done')]"));
      phone.waitUntil(() -> !phone.byId("myActions").getText().contains(hers), "hers done");
      assertTrue(phone.byId("myActions").getText().contains(his), "her mentor's still open");
      assertTrue(
          phone
              .driver()
              .findElements(
                  By.xpath(
                      "//li[contains(., '"
                          + his
                          + "')]//button[contains(@class, 'my-action-done')]"))
              .isEmpty(),
          "the mentor's action is not hers to close");
      phone.screenshot("my-progress-ar-phone");
    } finally {
      phone.close();
      phone = mentorsPhone;
    }

    phone.open("/coaching/person.xhtml?id=" + amina);
    String open = phone.byId("openActions").getText();
    assertTrue(open.contains(his) && !open.contains(hers), open);
    // Dropping his action without a reason: the reason is asked for on that action's row.
    By hisRow = By.xpath("//li[contains(@class, 'action-item')][contains(., '" + his + "')]");
    phone.clickOn(
        By.xpath(
            "//li[contains(@class, 'action-item')][contains(., '"
                + his
                + "')]//button[contains(@class, 'action-drop')]"));
    phone.waitUntil(
        () -> !phone.find(hisRow).findElements(By.cssSelector(".ui-message-error")).isEmpty(),
        "the reason asked for beside his action");
    assertEquals(
        1,
        phone.byId("openActions").findElements(By.cssSelector(".ui-message-error")).size(),
        "on his action's row only");
    assertTrue(phone.byId("openActions").getText().contains(his), "still open");
    phone.open("/home/mentor.xhtml");
    assertTrue(
        phone.byId("myActions").getText().contains(his),
        "the mentor's day shows his own action open");
    phone.screenshot("mentor-day-fr-phone");
  }
}
