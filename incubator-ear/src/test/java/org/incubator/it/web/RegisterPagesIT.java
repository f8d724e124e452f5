package org.incubator.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.incubator.it.browser.Browser;
import org.incubator.it.support.Deployments;
import org.incubator.it.web.FacesClient.AjaxRequest;
import org.incubator.it.web.FacesClient.Page;
import org.incubator.it.web.FacesClient.Partial;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The register's pages as a browser receives them, without one (FacesClient): a mentor's mistakes
 * on the project holder's form, sent as its Save button sends them (PrimeFaces AJAX postback with
 * the view state), each refused on the field it concerns in the mentor's language with what was
 * typed kept; and the addresses a person may not or cannot open. The browser tests keep the whole
 * paths (registering, editing at the same time).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegisterPagesIT {

  private static final String FORM_PAGE = "/applicant/holder-form.xhtml";
  private static final String MAN = Browser.text("en", "Gender.MALE");
  private static final String WOMAN = Browser.text("en", "Gender.FEMALE");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @Test
  void aBadCinIsExplainedOnItsFieldAndWhatWasTypedIsKept() {
    FacesClient mentor = new FacesClient().in("fr").signIn("mentor");

    Partial saved = save(mentor.get(FORM_PAGE), validHolder("12-AB-CD", "Hamza", "Erroné"));

    assertFalse(saved.failed(), saved.page().body());
    assertTrue(saved.redirect().isEmpty(), "saved anyway: " + saved.redirect());
    Document form = saved.part("holderForm");
    assertEquals(
        Browser.text("fr", "applicant.cin.invalid"),
        Browser.read(form.select("#cinMessage").text()));
    assertEquals("Hamza", form.select("#firstName").val());
    assertEquals("12-AB-CD", form.select("#cin").val());
    assertEquals("Erroné", form.select("#lastName").val());
  }

  @Test
  void aDuplicateCinIsRefusedOnTheCinField() {
    FacesClient mentor = new FacesClient().in("en").signIn("mentor");
    Partial first = save(mentor.get(FORM_PAGE), validHolder("DU 13579", "Nora", "First"));
    assertTrue(
        first.redirect().orElse("").contains("/applicant/holder.xhtml"),
        first.page().body() + "\n" + first.messages());

    Partial second = save(mentor.get(FORM_PAGE), validHolder("du13579", "Nora", "Again"));

    assertFalse(second.failed(), second.page().body());
    assertTrue(second.redirect().isEmpty(), "saved twice: " + second.redirect());
    Document form = second.part("holderForm");
    assertEquals(
        MessageFormat.format(Browser.text("en", "applicant.cin.duplicate"), "DU13579"),
        Browser.read(form.select("#cinMessage").text()));
    assertEquals("Again", form.select("#lastName").val());
    assertEquals("du13579", form.select("#cin").val());
    // the first holder is there as saved
    String saved = first.redirect().orElseThrow();
    Page holder = mentor.get(saved.substring(saved.indexOf("/applicant/")));
    assertEquals("Nora First", holder.text("#holderName"));
  }

  /**
   * A form whose view the server no longer holds: the AJAX answer opens the page's "expired"
   * dialog, which says so in the person's language and offers a reload; no exception is shown.
   */
  @Test
  void aFormWhoseViewHasExpiredSaysSoAndOffersAReload() {
    FacesClient mentor = new FacesClient().in("fr").signIn("mentor");
    Page form = mentor.get(FORM_PAGE);
    Map<String, String> typed = validHolder("EX 11223", "Oumaima", "Expirée");
    typed.put("jakarta.faces.ViewState", "0:0");

    Partial saved = save(form, typed);

    assertTrue(saved.page().status() < 400, saved.page().status() + "\n" + saved.page().body());
    assertTrue(
        saved.evaluated().contains("PF('expiredDialog').show()"),
        "the expired dialog is not opened:\n" + saved.page().body());
    assertFalse(saved.page().body().contains("at org."), saved.page().body());
    var dialog = form.html().getElementById("expiredDialog");
    assertTrue(
        dialog != null && dialog.text().contains(Browser.text("fr", "error.expired.detail")),
        String.valueOf(dialog));
    assertEquals(
        Browser.text("fr", "error.expired.reload"),
        dialog.select("a[href*='/applicant/holder-form.xhtml']").text());
  }

  /**
   * The cohorts in training say in the reader's language how many of their people are still in the
   * programme and how many sessions were held, each row a sentence of the bundle with its numbers
   * set in it.
   */
  @Test
  void theCohortsInTrainingSayTheirPeopleAndSessionsInTheReadersLanguage() {
    FacesClient mentor = new FacesClient().in("fr").signIn("mentor");
    Page cohorts = mentor.get("/training/cohorts.xhtml?shown=now");
    var row =
        cohorts
            .html()
            .select("#cohortsForm\\:cohorts tr:has(a.cohort-link:contains(Cohorte 2026))");

    assertFalse(row.isEmpty(), cohorts.body());
    List<String> cells = row.first().select("td").eachText();
    assertTrue(
        cells.stream().anyMatch(sentence("training.cohort.peopleActive").asPredicate()),
        cells.toString());
    assertTrue(
        cells.stream().anyMatch(sentence("training.cohort.sessionsHeld").asPredicate()),
        cells.toString());
  }

  /**
   * The staff accounts' rows, written as text: each says whether the account is active or disabled,
   * and since when it has had a second factor or that it has none yet.
   */
  @Test
  void theStaffAccountsSayTheirStateAndSecondFactor() {
    FacesClient admin = new FacesClient().in("en").signIn("admin");
    Page accounts = admin.get("/identity/accounts.xhtml");
    var rows = accounts.html().select("#accounts_data tr");

    assertFalse(rows.isEmpty(), accounts.body());
    Set<String> states =
        Set.of(
            Browser.text("en", "identity.account.active"),
            Browser.text("en", "identity.account.inactive"));
    for (var row : rows) {
      assertTrue(
          row.select("span.account-active, span.account-inactive").stream()
              .anyMatch(state -> states.contains(state.text())),
          row.outerHtml());
      assertTrue(
          row.text().contains(Browser.text("en", "identity.account.noSecondFactor"))
              || row.text().matches(".*\\d{4}.*\\d{1,2}:\\d{2}.*"),
          row.text());
    }
  }

  /** A French sentence of the bundle with numbers where its {0} and {1} are. */
  private static Pattern sentence(String key) {
    return Pattern.compile(
        Pattern.quote(Browser.text("fr", key))
            .replace("{0}", "\\E\\d+\\Q")
            .replace("{1}", "\\E\\d+\\Q"));
  }

  /**
   * An AJAX request builds its view without the header's tools and the menu (the layout); a whole
   * postback of the same view afterwards finds them again and does what it asks.
   */
  @Test
  void theHeaderAndTheMenuStillWorkAfterTheListWasPagedWithAjax() {
    FacesClient mentor = new FacesClient().in("fr").signIn("mentor");
    Page register = mentor.get("/applicant/holders.xhtml");
    Map<String, String> paging = firstPage("listForm:holders", 10);

    for (int time = 0; time < 2; time++) {
      Partial paged =
          mentor.send(register.dataTableRequest("listForm", "listForm:holders", paging));
      assertFalse(paged.failed(), paged.page().body());
      // the rows come alone (<tr>…), which an HTML parser drops outside a table
      assertTrue(paged.page().body().contains("class=\"holder-link\""), paged.page().body());
    }
    Page inEnglish = register.submit("shellForm", "shellForm:lang_en", Map.of());

    assertEquals("en", inEnglish.html().selectFirst("html").attr("lang"), inEnglish.body());
    String menu = inEnglish.html().select("#menuForm .ui-menuitem-text").text();
    assertTrue(menu.contains(Browser.text("en", "shell.menu.holders")), menu);
    assertFalse(inEnglish.html().select("#listForm\\:holders tr[data-ri]").isEmpty());
  }

  /**
   * The settings' history paged with AJAX builds the page without the settings' form
   * (AjaxRequest.from); the form, sent afterwards in the same view, is built again and refuses a
   * value out of bounds on its field, saving nothing.
   */
  @Test
  void theSettingsFormStillRefusesOnItsFieldAfterTheHistoryWasPaged() {
    FacesClient admin = new FacesClient().in("en").signIn("admin");
    Page settings = admin.get("/programme/settings.xhtml");
    Map<String, String> paging = firstPage("changes", 20);

    for (int time = 0; time < 2; time++) {
      Partial paged = admin.send(settings.dataTableRequest("history", "changes", paging));
      assertFalse(paged.failed(), paged.page().body());
    }
    Partial refused =
        settings.ajax(
            "settingsForm",
            "saveSettings",
            null,
            "@form",
            "@form history growl",
            Map.of("committeeQuorum", "16"));

    assertEquals(
        MessageFormat.format(Browser.text("en", "programme.setting.wholeNumber"), 2, 15),
        refused.part("settingsForm").select("[id='committeeQuorumMessage']").text(),
        refused.page().body());
    assertTrue(
        refused.part("settingsForm").select("[id='committeeQuorum']").hasClass("ui-state-error"),
        refused.page().body());
  }

  /**
   * The ranking's own pages build its form without the filters (AjaxRequest.sentBy); a filter
   * changed afterwards in the same view is built again and applies, and the next page keeps it.
   */
  @Test
  void theRankingsFilterStillAppliesAfterItsTableWasPaged() {
    FacesClient mentor = new FacesClient().in("en").signIn("mentor");
    String href =
        mentor
            .get("/selection/calls.xhtml")
            .html()
            .select("tr:contains(Appel 2027 — Casablanca-Settat) a.ranking-link")
            .attr("href");
    Page ranking = mentor.get(href.substring(href.indexOf("/incubator/") + "/incubator".length()));
    AjaxRequest paging =
        ranking.dataTableRequest("rankingForm", "ranking", firstPage("ranking", 20));

    Partial all = mentor.send(paging);
    assertFalse(all.failed(), all.page().body());
    assertEquals(Set.of(MAN, WOMAN), genders(all), all.page().body());
    Matcher event = Pattern.compile("s:\"genderFilter\",e:\"(\\w+)\"").matcher(ranking.body());
    assertTrue(event.find(), "the gender filter's behaviour");
    Partial women =
        ranking.ajax(
            "rankingForm",
            "genderFilter",
            event.group(1),
            "genderFilter",
            "ranking",
            Map.of("genderFilter_input", "FEMALE"));
    assertFalse(women.failed(), women.page().body());
    assertEquals(Set.of(WOMAN), genders(women), women.page().body());
    Partial womenAgain = mentor.send(paging);
    assertFalse(womenAgain.failed(), womenAgain.page().body());
    assertEquals(Set.of(WOMAN), genders(womenAgain), womenAgain.page().body());
  }

  /** The genders shown in the ranking's re-rendered rows, in English. */
  private static Set<String> genders(Partial ranking) {
    return ranking.rows("ranking").stream()
        .flatMap(row -> row.select("td").eachText().stream())
        .filter(text -> text.equals(MAN) || text.equals(WOMAN))
        .collect(Collectors.toSet());
  }

  /** What a table's paginator sends for its first page. */
  private static Map<String, String> firstPage(String table, int rows) {
    Map<String, String> paging = new LinkedHashMap<>();
    paging.put(table + "_pagination", "true");
    paging.put(table + "_first", "0");
    paging.put(table + "_rows", Integer.toString(rows));
    paging.put(table + "_skipChildren", "true");
    paging.put(table + "_encodeFeature", "true");
    return paging;
  }

  @Test
  void anEntrepreneurCannotOpenTheRegisterWhateverTheUrl() {
    FacesClient entrepreneur = new FacesClient().in("ar").signIn("entrepreneur");

    for (String path :
        List.of(
            "/applicant/holders.xhtml", "/applicant/holder.xhtml?id=1", "/selection/calls.xhtml")) {
      Page refused = entrepreneur.get(path);
      assertFalse(refused.html().select("#error-403").isEmpty(), path + "\n" + refused.body());
      assertTrue(
          refused.html().text().contains(Browser.text("ar", "error.403.title")),
          path + "\n" + refused.html().text());
      assertFalse(refused.html().text().contains("Exception"), path + "\n" + refused.html().text());
    }
  }

  @Test
  void anUnknownPageOrHolderShowsTheNotFoundPageWithoutAStackTrace() {
    FacesClient admin = new FacesClient().in("en").signIn("admin");

    for (String path :
        List.of(
            "/no/such/page.xhtml",
            "/applicant/holder.xhtml?id=987654321",
            "/applicant/holder.xhtml?id=abc",
            "/applicant/holder-form.xhtml?id=-1")) {
      Page notFound = admin.get(path);
      assertFalse(notFound.html().select("#error-404").isEmpty(), path + "\n" + notFound.body());
      String text = notFound.html().text();
      assertFalse(text.contains("Exception"), path + "\n" + text);
      assertFalse(text.contains("at org."), path + "\n" + text);
    }
  }

  /** Every field of the form filled as a valid holder (as a person types it); tests spoil one. */
  private static Map<String, String> validHolder(String cin, String firstName, String lastName) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("firstName", firstName);
    fields.put("lastName", lastName);
    fields.put("cin", cin);
    fields.put("birthDate_input", "17/05/2000");
    fields.put("gender_input", "FEMALE");
    fields.put("phone", "0661234567");
    fields.put("addressLine", "12 Rue Ibn Battouta");
    fields.put("commune", "Sidi Moumen");
    fields.put("provinceCode_input", "CASABLANCA");
    fields.put("householdSize", "5");
    fields.put("monthlyIncome", "2500");
    fields.put("education_input", "VOCATIONAL");
    fields.put("experienceYears", "3");
    fields.put("skills", "Couture");
    fields.put("projectTitle", "Atelier de couture");
    fields.put("trade_input", "SEWING_TEXTILE");
    fields.put("estimatedBudget", "30000");
    fields.put("ownContribution", "3000");
    return fields;
  }

  /** The Save button, as the page sends it: the whole form processed, the form and growl back. */
  private static Partial save(Page form, Map<String, String> typed) {
    return form.ajax("holderForm", "save", null, "@form", "@form growl", typed);
  }
}
