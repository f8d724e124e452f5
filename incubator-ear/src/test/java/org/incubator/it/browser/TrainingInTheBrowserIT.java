package org.incubator.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;

/**
 * A mentor plans and cancels a session of the demo's cohort in training on a phone in Arabic; the
 * administrator writes and publishes a new version of the curriculum at a desk in French.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingInTheBrowserIT {

  private static final String COHORT = "Cohorte 2026 — Hay Mohammadi";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  private Browser browser;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.screenshot("last-training");
      browser.close();
    }
  }

  /** Opens the demo's cohort in training from the list, turning its pages as a person would. */
  private void openDemoCohort() {
    CohortsPage.openCohort(browser, COHORT);
  }

  private void setTime(String id, String time) {
    // the phone's own clock picker is the browser's: the time is set as it would leave it
    browser.script(
        "var input = document.getElementById(arguments[0]); input.value = arguments[1];"
            + " input.dispatchEvent(new Event('change', {bubbles: true}));",
        id,
        time);
  }

  @Test
  void aMentorPlansASessionOnAPhoneSeesItInTheCalendarAndCancelsIt() {
    browser = new Browser(Browser.PHONE);
    new LoginPage(browser).signInAs("mentor", "ar");
    openDemoCohort();
    assertEquals("rtl", new Shell(browser).direction());
    browser.find(By.id("calendarForm"));
    assertTrue(
        browser.find(By.id("calendarForm")).findElements(By.cssSelector(".calendar-session")).size()
            > 0,
        "this month's sessions are in the calendar");
    browser.assertFitsTheScreen();

    // a Wednesday: the demo cohort meets on Tuesdays and Thursdays
    LocalDate day = CentreTime.today().with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
    String typed = day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    browser.choose(
        "moduleId",
        browser
            .find(By.cssSelector("[id='moduleId_input'] option:nth-child(2)"))
            .getAttribute("value"));
    browser.typeDate("day", typed);
    setTime("startsAt", "15:00");
    setTime("endsAt", "14:00");
    browser.type("place", "Maison des jeunes, Hay Mohammadi");
    browser.pick("responsible", "nad", "mentor2");
    browser.waitUntil(() -> "mentor2".equals(browser.picked("responsible")), "Nadia picked");
    browser.click("scheduleSession");
    browser.waitForText(
        By.id("endsAtMessage"), Browser.text("ar", "training.session.endBeforeStart"));

    setTime("endsAt", "17:30");
    browser.click("scheduleSession");
    By planned =
        By.xpath("//a[contains(@class, 'calendar-session') and contains(., '15:00–17:30')]");
    browser.find(planned);
    browser.screenshot("training-phone-ar-calendar");

    browser.clickOn(planned);
    browser.find(By.id("cancelSession"));
    assertEquals("Karim Bennani", browser.byId("sessionTrainer").getText(), "who planned it");
    assertEquals("Nadia El Idrissi", browser.byId("sessionResponsible").getText());
    assertEquals(
        Browser.text("ar", "SessionStatus.SCHEDULED"), browser.byId("sessionStatus").getText());
    browser.click("cancelSession");
    browser.waitForText(
        By.id("cancelReasonMessage"), Browser.text("ar", "training.session.reasonRequired"));
    browser.type("cancelReason", "المكوِّن مريض؛ ستُعوض الحصة الأسبوع المقبل.");
    browser.click("cancelSession");
    browser.waitForText(By.id("sessionStatus"), Browser.text("ar", "SessionStatus.CANCELLED"));
    assertTrue(browser.pageText().contains("المكوِّن مريض"), "the reason is kept");
    browser.assertFitsTheScreen();
  }

  @Test
  void theAdministratorWritesANewVersionOfTheCurriculumAndPublishesItForLaterCohorts() {
    browser = new Browser(Browser.DESK);
    new LoginPage(browser).signInAs("admin", "fr");
    browser.open("/training/curriculum.xhtml");
    browser.click("versionsForm:startDraft");
    browser.find(By.id("saveModule"));
    browser.choose(
        "trackId",
        browser
            .find(By.cssSelector("[id='trackId_input'] option:nth-child(3)"))
            .getAttribute("value"));
    browser.type("titleAr", "التأمين والحماية الاجتماعية");
    browser.type("titleFr", "Assurance et protection sociale");
    browser.type("titleEn", "Insurance and social protection");
    browser.type("plannedHours", "4");
    browser.type("threshold", "150");
    browser.click("saveModule");
    browser.waitForText(
        By.id("thresholdMessage"), Browser.text("fr", "training.module.thresholdRange"));
    browser.type("threshold", "80");
    browser.click("saveModule");
    browser.waitForText(By.id("modulesForm:modules"), "Assurance et protection sociale");

    String from =
        CentreTime.today().plusDays(700).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    browser.typeDate("appliesFrom", from);
    browser.type("note", "Module ajouté à la demande de la fondation.");
    browser.click("publishVersion");
    browser.waitForText(
        By.id("versionsForm:versions"), "Module ajouté à la demande de la fondation.");
    assertTrue(
        browser
            .find(By.id("versionsForm:versions"))
            .getText()
            .contains(Browser.text("fr", "CurriculumStatus.PUBLISHED")));
    assertTrue(
        browser.driver().findElements(By.id("publishForm")).isEmpty(),
        "a published version is no longer written");
  }

  private List<WebElement> people() {
    return browser.driver().findElements(By.cssSelector(".roll-person"));
  }

  private void tapOn(WebElement row, String presence) {
    row.findElement(By.cssSelector(".roll-mark.roll-" + presence)).click();
  }

  private void waitUntilSaved(int count) {
    browser.waitUntil(
        () ->
            browser.driver().findElements(By.cssSelector(".roll-person.is-pending")).isEmpty()
                && browser
                        .driver()
                        .findElements(By.cssSelector(".roll-person[data-presence='']"))
                        .size()
                    == people().size() - count,
        count + " marks saved");
  }

  @Test
  void aMentorTakesTheRollOfTwentyFivePeopleOnAPhoneAndNoTapIsLostOfflineOrSignedOut() {
    browser = new Browser(Browser.PHONE);
    new LoginPage(browser).signInAs("mentor", "ar");
    openDemoCohort();
    browser.clickOn(By.cssSelector("#rollsMissing a.roll-link"));
    browser.find(By.id("allPresent"));
    assertEquals("rtl", new Shell(browser).direction());
    assertEquals(25, people().size(), "everyone still in the programme");
    browser.assertFitsTheScreen();

    long started = System.nanoTime();
    List<WebElement> rows = people();
    for (int i = 0; i < rows.size(); i++) {
      WebElement row = rows.get(i);
      if (i == 3) {
        tapOn(row, "ABSENT");
      } else if (i == 7) {
        tapOn(row, "LATE");
        row.findElement(By.cssSelector(".roll-more-LATE button[data-minutes='15']")).click();
      } else {
        tapOn(row, "PRESENT");
      }
    }
    waitUntilSaved(25);
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    System.out.println("A roll-call of 25 people, 26 taps, saved in " + took.toMillis() + " ms");
    assertTrue(took.compareTo(Duration.ofMinutes(3)) < 0, "the roll took " + took);
    browser.screenshot("training-phone-ar-roll");

    // the connection drops: taps are kept on the phone and shown as not yet saved
    var network = (HasNetworkConditions) browser.driver();
    var offline = new ChromiumNetworkConditions();
    offline.setOffline(true);
    network.setNetworkConditions(offline);
    rows = people();
    tapOn(rows.get(10), "EXCUSED");
    rows.get(10)
        .findElement(By.cssSelector(".roll-more-EXCUSED button[data-reason='ILLNESS']"))
        .click();
    tapOn(rows.get(12), "ABSENT");
    browser.waitUntil(
        () -> browser.byId("rollWaiting").isDisplayed(), "the waiting marks are shown");
    assertEquals(
        2, browser.driver().findElements(By.cssSelector(".roll-person.is-pending")).size());
    network.deleteNetworkConditions();
    waitUntilSaved(25);

    // the sign-in expires mid-class: the tap waits on the phone until the mentor signs in again
    browser.driver().manage().deleteAllCookies();
    tapOn(people().get(14), "ABSENT");
    browser.waitUntil(
        () -> browser.byId("rollSignIn").isDisplayed(), "the mentor is asked to sign in again");
    browser.click("signInAgain");
    new LoginPage(browser).signIn("mentor", LoginPage.DEMO_PASSWORD);
    browser.waitForUrl("/training/roll.xhtml");
    waitUntilSaved(25);

    browser.driver().navigate().refresh();
    browser.find(By.id("roll"));
    rows = people();
    assertEquals("ABSENT", rows.get(3).getAttribute("data-presence"));
    assertEquals("LATE", rows.get(7).getAttribute("data-presence"));
    assertEquals("EXCUSED", rows.get(10).getAttribute("data-presence"));
    assertEquals("ABSENT", rows.get(12).getAttribute("data-presence"));
    assertEquals("ABSENT", rows.get(14).getAttribute("data-presence"));
    assertEquals("PRESENT", rows.get(20).getAttribute("data-presence"));
    assertTrue(
        rows.get(7).getText().contains("15"), "minutes late shown: " + rows.get(7).getText());
    assertEquals(
        "PRESENT",
        rows.stream()
            .filter(
                row ->
                    row.findElement(By.cssSelector(".roll-name span"))
                        .getText()
                        .equals("Rachid Ait Lahcen"))
            .findFirst()
            .orElseThrow()
            .getAttribute("data-presence"));
    browser.close();

    // Rachid, on his own phone, then sees the session in his attendance
    browser = new Browser(Browser.PHONE);
    new LoginPage(browser).signInAs("rachid", "ar");
    browser.open("/my/training.xhtml");
    browser.find(By.id("pastSessions"));
    assertEquals(
        Browser.text("ar", "Presence.PRESENT"),
        browser.find(By.cssSelector("#pastSessions tbody tr:first-child .mark")).getText());
    assertEquals("100.0 %", browser.byId("myRate").getText());
    browser.assertFitsTheScreen();
    browser.screenshot("training-phone-ar-my-training");
    var ics = browser.download(browser.find(By.id("myCalendarFile")).getAttribute("href"));
    assertEquals(200, ics.statusCode());
    assertTrue(new String(ics.body(), StandardCharsets.UTF_8).startsWith("BEGIN:VCALENDAR"));

    // Walking the certificates' ids, Rachid (not trained yet) reads none: not his, not found.
    for (int id = 1; id <= CERTIFICATE_IDS; id++) {
      assertEquals(
          404,
          browser.download(browser.url("/certificates/" + id)).statusCode(),
          "certificate " + id + " as rachid");
    }
  }

  /** The participants' ids walked: the demo's people, with room to spare. */
  private static final int CERTIFICATE_IDS = 100;

  @Test
  void aMentorDownloadsTheCertificateOfAPersonOfLastYearsCohortInArabic() {
    browser = new Browser(Browser.DESK);
    new LoginPage(browser).signInAs("mentor", "ar");
    int found = 0;
    for (int id = 1; id <= CERTIFICATE_IDS && found == 0; id++) {
      var answer = browser.download(browser.url("/certificates/" + id + "?lang=ar"));
      if (answer.statusCode() == 200) {
        assertEquals("application/pdf", answer.headers().firstValue("Content-Type").orElse(""));
        String text = PdfText.of(answer.body());
        assertTrue(text.contains("FORM-" + id), text);
        found = id;
      } else {
        assertEquals(404, answer.statusCode(), "certificate " + id);
      }
    }
    assertTrue(found > 0, "the demo's trained cohort has certificates");
  }
}
