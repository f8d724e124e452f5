package org.incubator.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.incubator.it.browser.Browser;
import org.incubator.it.support.Deployments;
import org.incubator.it.web.FacesClient.Page;
import org.incubator.it.web.FacesClient.Partial;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an attacker types, sent the way a browser sends it (view state, PrimeFaces AJAX), without a
 * browser: every input is stored as typed and shown as text, or refused on its field; none runs,
 * none ends on an error page, none stalls the server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

  private static final AtomicInteger APPLICANTS = new AtomicInteger();
  private static final Duration AT_ONCE = Duration.ofSeconds(1);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @Test
  void anExponentNumberInADraftIsRefusedOnItsFieldAtOnceAndTheDraftReopens() {
    FacesClient applicant = newApplicant();
    Page form = applicant.get(applyPath(applicant));

    Partial saved =
        form.ajax(
            "applyForm",
            "saveDraft",
            null,
            "@form",
            "@form growl",
            Map.of("firstName", "Salma", "monthlyIncome", "1E+300000000"));

    assertTrue(saved.took().compareTo(AT_ONCE) < 0, "the draft answered in " + saved.took());
    assertFalse(saved.failed(), saved.page().body());
    assertEquals(
        amountRefusal("en"), saved.part("applyForm").select("#monthlyIncomeMessage").text());
    Page reopened = applicant.get(applyPath(applicant));
    assertTrue(reopened.took().compareTo(AT_ONCE) < 0, "the draft reopened in " + reopened.took());
    assertEquals(200, reopened.status());
  }

  @Test
  void anExponentNumberTypedInAnAmountIsRefusedAsSoonAsTheFieldChanges() {
    FacesClient applicant = newApplicant();
    Page form = applicant.get(applyPath(applicant));

    Partial changed =
        form.ajax(
            "applyForm",
            "monthlyIncome",
            "change",
            "monthlyIncome householdSize",
            "incomePerPerson monthlyIncomeMessage",
            Map.of("monthlyIncome", "9e999999999", "householdSize", "3"));

    assertTrue(changed.took().compareTo(AT_ONCE) < 0, "the change answered in " + changed.took());
    assertEquals(amountRefusal("en"), changed.part("monthlyIncomeMessage").text());
  }

  /**
   * What an attacker types: markup and script, SQL, template expressions, huge and exponent
   * numbers, hidden direction changes.
   */
  static final List<String> HOSTILE =
      List.of(
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "'; DROP TABLE project_holder; --",
          "1' OR '1'='1",
          "#{7*7}${7*7}{0}",
          "x".repeat(10_000),
          "\u202Efdp.exe",
          "👩🏽‍🔧🚀 مشروع",
          "1E+300000000",
          "-9e999999999",
          "99999999999999999999999999999",
          "\u0000");

  /**
   * Every form with text or number fields, listed once: who opens it, where, the form, and the
   * button that sends it (by AJAX when {@code update} is given). A new form joins here.
   */
  private record FormUnderTest(
      String who, String path, String form, String button, String update) {}

  private static final List<FormUnderTest> FORMS =
      List.of(
          new FormUnderTest(null, "/login.xhtml", "loginForm", "loginForm:signIn", null),
          new FormUnderTest(null, "/join.xhtml", "joinForm", "join", null),
          new FormUnderTest("applicant", "apply", "applyForm", "saveDraft", "@form growl"),
          new FormUnderTest("applicant", "apply", "applyForm", "send", "@form growl"),
          new FormUnderTest(
              "mentor", "/applicant/holder-form.xhtml", "holderForm", "save", "@form growl"),
          new FormUnderTest(
              "admin", "/selection/call-form.xhtml", "callForm", "save", "@form growl"),
          new FormUnderTest(
              "admin",
              "/grant/envelopes.xhtml",
              "envelopeForm",
              "openEnvelope",
              "@form envelopes growl"),
          new FormUnderTest(
              "admin",
              "/programme/settings.xhtml",
              "settingsForm",
              "saveSettings",
              "@form history growl"),
          new FormUnderTest(
              "admin", "committee", "cohortForm", "formCohort", "@form cohorts growl"),
          new FormUnderTest(
              "mentor",
              "committee",
              "sessionForm",
              "recordSession",
              "@form sessions decisions growl"),
          new FormUnderTest(
              "mentor", "application", "scoreForm", "saveScore", "applicationPage growl"),
          new FormUnderTest(
              "admin",
              "/identity/accounts.xhtml",
              "accountForm",
              "saveAccount",
              "@form accounts growl"),
          new FormUnderTest("mentor", "revision", "grantForm", "saveGrant", "@form growl"),
          // the treasurer's payment fields, on a grant with no tranche payable yet: read, never
          // paid
          new FormUnderTest("admin", "payment", "paymentForm", "reference", null),
          new FormUnderTest(
              "mentor", "milestone", "milestoneForm", "confirmMilestone", "applicationPage growl"),
          // a lead mentor's launch form (no legal form chosen: refused before anything is kept),
          // and the administrator's choice of a lead mentor (the one in charge chosen again, or
          // none: nothing changes)
          new FormUnderTest("mentor2", "milestone", "launchForm", "saveLaunch", "coaching growl"),
          new FormUnderTest("admin", "milestone", "leadForm", "assignLead", "coaching growl"),
          // every hostile value fails the minutes or the day: no session is kept
          new FormUnderTest(
              "mentor",
              "coachingPerson",
              "sessionForm",
              "recordSession",
              "@form sessionsForm actionsForm growl"),
          // fields whose buttons would decide on the demo's records: sent without a button, so
          // they are read, checked and shown back; the services' own limits are tested apart
          new FormUnderTest("reviewer", "review", "decisionForm", "decisionForm", null),
          new FormUnderTest("admin", "review", "decisionForm", "decisionForm", null),
          new FormUnderTest("mentor", "withdrawal", "actionsForm", "actionsForm", null),
          new FormUnderTest("mentor", "claim", "claimsForm", "claimsForm", null),
          new FormUnderTest(
              "mentor",
              "trainingCohort",
              "scheduleForm",
              "scheduleSession",
              "@form calendarForm overview modulesCard growl"),
          new FormUnderTest(
              "mentor",
              "trainingSession",
              "rescheduleForm",
              "rescheduleSession",
              "sessionForms sessionFacts changes growl"),
          new FormUnderTest(
              "admin",
              "/training/curriculum.xhtml",
              "trackForm",
              "addTrack",
              "@form tracks curriculum growl"),
          new FormUnderTest(
              "admin", "curriculumDraft", "moduleForm", "saveModule", "curriculum growl"),
          new FormUnderTest(
              "admin", "curriculumDraft", "publishForm", "publishVersion", "curriculum growl"),
          new FormUnderTest("mentor", "trainingCohort", "dropOutForm", "dropOutForm", null),
          new FormUnderTest("mentor", "trainingSession", "cancelForm", "cancelForm", null),
          new FormUnderTest("admin", "trainingRoll", "reopenForm", "reopenForm", null),
          new FormUnderTest(
              "admin",
              "/starterkit/catalogue.xhtml",
              "supplierForm",
              "addSupplier",
              "@form suppliersPanel growl"),
          new FormUnderTest(
              "admin",
              "/starterkit/catalogue.xhtml",
              "articleForm",
              "addArticle",
              "@form articlesPanel kits growl"),
          new FormUnderTest("admin", "kitDraft", "lineForm", "saveLine", "kits growl"),
          new FormUnderTest("admin", "kitDraft", "publishKitForm", "publishKitForm", null),
          new FormUnderTest("admin", "/starterkit/stock.xhtml", "deliveryForm", "receive", null),
          // a hand-over without a signature is refused before anything is recorded; the other
          // kit forms would change a person's kit: sent without their button
          new FormUnderTest("mentor", "kit", "handoverForm", "handOver", null),
          new FormUnderTest("admin", "kit", "waiverForm", "waiverForm", null),
          new FormUnderTest("mentor", "kit", "returnForm", "returnForm", null),
          new FormUnderTest("mentor", "kit", "spotCheckForm", "spotCheckForm", null),
          new FormUnderTest(
              "applicant", "/identity/password.xhtml", "passwordForm", "changePassword", null),
          new FormUnderTest(null, "/reset-password.xhtml", "resetForm", "resetPassword", null));

  /**
   * Also, on the way: every free-text field of every form says how much its column takes
   * (maxlength, from the model's constant, so the browser stops there).
   */
  @Test
  void everyFieldOfEveryFormTakesHostileInputAsTextOrRefusesItOnTheField() {
    boolean draftOpened = false;
    boolean kitDraftOpened = false;
    List<String> harmed = new ArrayList<>();
    List<String> unbounded = new ArrayList<>();
    // one sign-in per staff account for all its forms (each costs a deliberately slow hash);
    // a new young person for each of their forms
    Map<String, FacesClient> staff = new HashMap<>();
    for (FormUnderTest form : FORMS) {
      FacesClient client =
          form.who() == null
              ? new FacesClient()
              : form.who().equals("applicant")
                  ? newApplicant()
                  : staff.computeIfAbsent(form.who(), who -> new FacesClient().signIn(who));
      String path =
          switch (form.path()) {
            case "apply" -> applyPath(client);
            case "committee" -> linkFrom(client, "/selection/calls.xhtml", ".committee-link");
            case "application" -> applicationWithForm(client, form.form());
            case "revision" -> returnedRequestRevision(client);
            case "payment", "review" ->
                firstWithForm(client, "/grant/request.xhtml?id=", form.form());
            case "milestone", "withdrawal" ->
                firstWithForm(client, "/selection/application.xhtml?id=", form.form());
            case "claim" -> firstWithForm(client, "/applicant/holder.xhtml?id=", form.form());
            case "coachingPerson" ->
                firstWithForm(client, "/coaching/person.xhtml?id=", form.form());
            case "trainingCohort" ->
                firstWithForm(client, "/training/cohort.xhtml?id=", form.form());
            case "trainingSession" ->
                firstWithForm(client, "/training/session.xhtml?id=", form.form());
            case "trainingRoll" -> firstWithForm(client, "/training/roll.xhtml?id=", form.form());
            case "curriculumDraft" -> {
              draftOpened |= openDraft(client);
              yield CURRICULUM;
            }
            case "kitDraft" -> {
              kitDraftOpened |= openKitDraft(client);
              yield CATALOGUE;
            }
            case "kit" -> firstWithForm(client, "/starterkit/kit.xhtml?participant=", form.form());
            default -> form.path();
          };
      for (String hostile : HOSTILE) {
        if (form.who() == null) {
          client = new FacesClient();
        }
        Page page = client.get(path);
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : textFields(page, form.form())) {
          typed.put(field, hostile);
        }
        if (hostile.equals(HOSTILE.get(0))) {
          for (String field : unboundedTextFields(page, form.form())) {
            unbounded.add(form.form() + " on " + path + ": " + field);
          }
        }
        assertFalse(typed.isEmpty(), "no text field in " + form);
        String what = form.form() + " on " + path + " with " + abbreviated(hostile);
        if (form.update() == null) {
          Page answer = page.submit(form.form(), form.button(), typed);
          check(what, answer.status(), answer.url(), answer.took(), answer.html(), harmed);
        } else {
          Partial answer =
              page.ajax(form.form(), form.button(), null, "@form", form.update(), typed);
          check(
              what,
              answer.page().status(),
              answer.failed() ? "/error/" : answer.page().url(),
              answer.took(),
              answer.whole(),
              harmed);
        }
      }
    }
    if (draftOpened) {
      // nothing hostile was kept in the draft this test opened; it goes as an administrator
      // abandons one
      FacesClient admin = staff.computeIfAbsent("admin", who -> new FacesClient().signIn(who));
      admin
          .get(CURRICULUM)
          .ajax("publishForm", "discardDraft", null, "discardDraft", "curriculum", Map.of());
      assertTrue(
          admin.get(CURRICULUM).html().getElementById("moduleForm") == null, "draft discarded");
    }
    if (kitDraftOpened) {
      FacesClient admin = staff.computeIfAbsent("admin", who -> new FacesClient().signIn(who));
      admin
          .get(CATALOGUE)
          .ajax("publishKitForm", "discardKitDraft", null, "discardKitDraft", "kits", Map.of());
      assertTrue(
          admin.get(CATALOGUE).html().getElementById("lineForm") == null, "kit draft discarded");
    }
    assertTrue(harmed.isEmpty(), String.join("\n", harmed));
    assertTrue(
        unbounded.isEmpty(),
        "Text fields without a maximum length:\n" + String.join("\n", unbounded));
  }

  private static void check(
      String what, int status, String url, Duration took, Document answer, List<String> harmed) {
    if (status >= 400 || url.contains("/error/")) {
      harmed.add(what + ": ended on an error (" + status + " " + url + ")");
    }
    if (took.compareTo(Duration.ofSeconds(3)) > 0) {
      harmed.add(what + ": took " + took);
    }
    if (!answer.select("script:containsData(alert(1)), img[onerror], [onerror]").isEmpty()) {
      harmed.add(what + ": the markup came back as markup");
    }
  }

  /**
   * The names of the inputs a person types into: text, numbers, dates, passwords, text areas; and
   * the user name a field choosing someone on the staff sends (`inc:staff`: a hidden input the page
   * fills from its suggestions, which a hand-made request fills with anything).
   */
  private static List<String> textFields(Page page, String formId) {
    Element form = page.html().getElementById(formId);
    assertNotNull(form, "no form " + formId + " on " + page.url());
    return form.select("input[name], textarea[name]").stream()
        .filter(
            input ->
                input.tagName().equals("textarea")
                    || List.of("text", "number", "tel", "email", "password", "search", "time", "")
                        .contains(input.attr("type"))
                    || input.attr("name").endsWith("_hinput"))
        .filter(input -> !input.hasAttr("disabled") && !input.hasAttr("readonly"))
        .filter(
            input ->
                !input.attr("name").contains("_filter")
                    && !input.attr("name").endsWith("_focus")
                    && !input.attr("name").endsWith("_editableInput"))
        .map(input -> input.attr("name"))
        .distinct()
        .toList();
  }

  /**
   * The names of the form's free-text inputs (not numbers, amounts or dates, whose converters bound
   * them) that take text of any length.
   */
  private static List<String> unboundedTextFields(Page page, String formId) {
    return page.html().getElementById(formId).select("input[name], textarea[name]").stream()
        .filter(
            input ->
                input.tagName().equals("textarea")
                    || List.of("text", "email", "tel", "password").contains(input.attr("type")))
        .filter(input -> !List.of("numeric", "decimal").contains(input.attr("inputmode")))
        .filter(
            input ->
                !input.attr("name").endsWith("_input")
                    && !input.attr("name").contains("_filter")
                    && !input.attr("name").endsWith("_focus")
                    && !input.attr("name").endsWith("_editableInput"))
        .filter(input -> !input.attr("maxlength").matches("[1-9][0-9]*"))
        .map(input -> input.attr("name"))
        .distinct()
        .toList();
  }

  /** The first record page, walking ids from 1, that shows the form. */
  private static final String CURRICULUM = "/training/curriculum.xhtml";

  /** Opens a draft of the curriculum, whose forms only a draft shows; whether it had to. */
  private static boolean openDraft(FacesClient admin) {
    Page page = admin.get(CURRICULUM);
    if (page.html().getElementById("moduleForm") != null) {
      return false;
    }
    page.ajax(
        "versionsForm",
        "versionsForm:startDraft",
        null,
        "versionsForm:startDraft",
        "curriculum",
        Map.of());
    assertTrue(admin.get(CURRICULUM).html().getElementById("moduleForm") != null, "a draft opened");
    return true;
  }

  private static final String CATALOGUE = "/starterkit/catalogue.xhtml";

  /** Opens a draft of the tailors' kit, whose forms only a draft shows; whether it had to. */
  private static boolean openKitDraft(FacesClient admin) {
    Page page = admin.get(CATALOGUE);
    if (page.html().getElementById("lineForm") != null) {
      return false;
    }
    page.ajax("tradeForm", "startKitDraft", null, "@form", "kits", Map.of());
    assertTrue(
        admin.get(CATALOGUE).html().getElementById("lineForm") != null, "a kit draft opened");
    return true;
  }

  private static String firstWithForm(FacesClient client, String pathBeforeId, String formId) {
    for (int id = 1; id <= 200; id++) {
      Element form = client.get(pathBeforeId + id).html().getElementById(formId);
      if (form != null && !form.select("textarea[name], input[type=text][name]").isEmpty()) {
        return pathBeforeId + id;
      }
    }
    throw new AssertionError("no " + formId + " behind " + pathBeforeId);
  }

  /** The grant request form revising the demo's returned request (found by walking request ids). */
  private static String returnedRequestRevision(FacesClient mentor) {
    for (int id = 1; id <= 40; id++) {
      Page request = mentor.get("/grant/request.xhtml?id=" + id);
      String href =
          request.html().select("#reviseRequest[href], #reviseRequest a[href]").attr("href");
      if (!href.isEmpty()) {
        return href.substring(href.indexOf("/incubator/") + "/incubator".length());
      }
    }
    throw new AssertionError("the demo has no returned grant request");
  }

  /**
   * An application page that shows the form (one still to be marked), in whichever call has one:
   * the calls other tests open come first in the list.
   */
  private static String applicationWithForm(FacesClient client, String formId) {
    for (Element ranking :
        client
            .get("/selection/calls.xhtml")
            .html()
            .select(".ranking-link[href], .ranking-link a[href]")) {
      String href = ranking.attr("href");
      String path = href.substring(href.indexOf("/incubator/") + "/incubator".length());
      try {
        return linkWithForm(client, path, ".application-link", formId);
      } catch (AssertionError notInThisCall) {
        // the next call
      }
    }
    throw new AssertionError("no " + formId + " behind any call's ranking");
  }

  /** The first page linked from a list that shows the form (an application still to be marked). */
  private static String linkWithForm(
      FacesClient client, String path, String selector, String formId) {
    for (Element link :
        client.get(path).html().select(selector + "[href], " + selector + " a[href]")) {
      String href = link.attr("href");
      String target = href.substring(href.indexOf("/incubator/") + "/incubator".length());
      if (client.get(target).html().getElementById(formId) != null) {
        return target;
      }
    }
    throw new AssertionError("no " + formId + " behind the " + selector + " links of " + path);
  }

  private static String linkFrom(FacesClient client, String path, String selector) {
    Page page = client.get(path);
    String href = page.html().select(selector + "[href], " + selector + " a[href]").attr("href");
    assertFalse(href.isEmpty(), "no " + selector + " on " + path);
    return href.substring(href.indexOf("/incubator/") + "/incubator".length());
  }

  private static String abbreviated(String text) {
    return text.length() > 30
        ? text.substring(0, 12) + "…(" + text.length() + " characters)"
        : text;
  }

  static String amountRefusal(String language) {
    return MessageFormat.format(Browser.text(language, "field.amount.invalid"), 12);
  }

  /** A young person who has just opened an account, signed in. */
  static FacesClient newApplicant() {
    var client = new FacesClient();
    String username =
        "hostile" + System.currentTimeMillis() % 100_000_000 + APPLICANTS.incrementAndGet();
    Page joined =
        client
            .get("/join.xhtml")
            .submit(
                "joinForm",
                "join",
                Map.of(
                    "displayName",
                    "Test Applicant",
                    "username",
                    username,
                    "password",
                    FacesClient.PASSWORD,
                    "passwordRepeat",
                    FacesClient.PASSWORD));
    assertTrue(
        joined.url().contains("/home/entrepreneur.xhtml"),
        joined.url() + "\n" + joined.text("main"));
    return client;
  }

  /** The form of the first open call offered on the applicant's home page. */
  static String applyPath(FacesClient applicant) {
    Page home = applicant.get("/home/entrepreneur.xhtml");
    String href = home.html().select(".apply-link[href], .apply-link a[href]").attr("href");
    assertFalse(href.isEmpty(), "no open call offered:\n" + home.text("main"));
    return href.substring(href.indexOf("/my/"));
  }
}
