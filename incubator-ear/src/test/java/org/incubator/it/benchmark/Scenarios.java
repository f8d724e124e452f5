package org.incubator.it.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.incubator.it.benchmark.Scenario.Kind;
import org.incubator.it.web.FacesClient.Page;

/**
 * Every list page of the application, and the light page they are compared with: what a user
 * repeats on each (a full GET, AJAX paging to the first and the last page, sorting by each sortable
 * column, filtering by each filter, searching), read from the pages' XHTML.
 */
final class Scenarios {

  private static final String LIGHT_PATH = "/benchmark/no-such-page.xhtml";

  private Scenarios() {}

  static Scenario lightPage() {
    return lightPage("GET");
  }

  /** The light page measured again later in the run, as the JIT goes on compiling. */
  static Scenario lightPageAgain() {
    return lightPage("GET, again");
  }

  private static Scenario lightPage(String action) {
    return new Scenario(
        "404 (light page)",
        action,
        "mentor",
        Kind.LIGHT,
        client ->
            () -> {
              Page page = client.get(LIGHT_PATH);
              if (page.status() != 404) {
                return "HTTP " + page.status() + " instead of 404";
              }
              return page.body().contains("id=\"error-404\"")
                      && page.body().contains("id=\"menuForm\"")
                  ? null
                  : "Not the 404 page in the layout";
            });
  }

  static List<Scenario> all(BenchmarkData.Seeded data, String provinceCode) {
    List<Scenario> all = new ArrayList<>();
    all.add(lightPage());
    all.addAll(register(data, provinceCode));
    all.addAll(ranking(data.callId(), provinceCode));
    String committee = "/selection/committee.xhtml?call=" + data.callId();
    all.add(fullGet("committee", "mentor", committee, "ranking"));
    all.add(paging("committee", "mentor", committee, "rankingForm", "ranking", 20, true));
    all.addAll(lazyList("inbox", "reviewer", "/grant/inbox.xhtml", "inboxForm", "inboxForm:inbox"));
    all.addAll(
        lazyList("calls", "mentor", "/selection/calls.xhtml", "callsForm", "callsForm:calls"));
    all.add(fullGet("envelopes", "mentor", "/grant/envelopes.xhtml", "envelopeTable"));
    all.add(fullGet("accounts", "admin", "/identity/accounts.xhtml", "accounts"));
    all.add(fullGet("settings history", "admin", "/programme/settings.xhtml", "changes"));
    all.addAll(training(data.training()));
    return all;
  }

  /**
   * Training, kits and coaching at scale: the cohorts' list, a cohort's page (its people's
   * standings from a thousand marks), a mentor's home (the people of their cohorts to look at,
   * their sessions, overdue actions and people not seen), a person's own training, kit and
   * progress, and a person's coaching page with their whole story.
   */
  private static List<Scenario> training(BenchmarkData.Training training) {
    if (training.cohorts() == 0) {
      return List.of();
    }
    List<Scenario> all = new ArrayList<>();
    all.addAll(
        lazyList(
            "training cohorts",
            "mentor",
            "/training/cohorts.xhtml",
            "cohortsForm",
            "cohortsForm:cohorts"));
    all.add(
        detail(
            "training cohort",
            "mentor",
            "/training/cohort.xhtml?id=" + training.sampleCohortId(),
            "participants"));
    all.add(detail("mentor home", "mentor", "/home/mentor.xhtml", "homeTitle"));
    all.add(detail("my training", "trainee", "/my/training.xhtml", "myModules"));
    all.add(detail("kits stock", "mentor", "/starterkit/stock.xhtml", "articles"));
    all.addAll(lazyList("kits", "mentor", "/starterkit/kits.xhtml", "kitsForm", "kitsForm:kits"));
    all.add(
        detail(
            "kit custody",
            "mentor",
            "/starterkit/kit.xhtml?participant=" + training.sampleParticipantId(),
            "unitTable"));
    all.add(detail("my kit", "trainee", "/my/kit.xhtml", "myUnitTable"));
    all.add(
        detail(
            "coaching person",
            "mentor",
            "/coaching/person.xhtml?id=" + training.sampleParticipantId(),
            "story"));
    all.add(fullGet("coaching calendar", "mentor", "/coaching/calendar.xhtml", "monthName"));
    all.addAll(
        lazyList(
            "caseloads",
            "mentor",
            "/coaching/caseloads.xhtml",
            "mentorsForm",
            "mentorsForm:caseloads"));
    all.add(detail("my progress", "trainee", "/my/progress.xhtml", "myActions"));
    return all;
  }

  /**
   * A short run that proves the harness: the light page, the register opened again and again, and
   * its paging.
   */
  static List<Scenario> smoke() {
    return List.of(
        lightPage(),
        fullGet("register", "mentor", "/applicant/holders.xhtml", "listForm:holders"),
        paging(
            "register",
            "mentor",
            "/applicant/holders.xhtml",
            "listForm",
            "listForm:holders",
            20,
            true));
  }

  private static List<Scenario> register(BenchmarkData.Seeded data, String provinceCode) {
    String path = "/applicant/holders.xhtml";
    String form = "listForm";
    String table = "listForm:holders";
    String page = "register";
    List<Scenario> all = new ArrayList<>();
    all.add(fullGet(page, "mentor", path, table));
    all.add(paging(page, "mentor", path, form, table, 20, false));
    all.add(paging(page, "mentor", path, form, table, 20, true));
    for (String column : List.of("name", "cin", "registeredAt")) {
      String columnId = table + ":" + column;
      all.add(
          table(
              page,
              "sort by " + column,
              "mentor",
              path,
              form,
              table,
              view -> view.sorting(columnId, true)));
      all.add(
          table(
              page,
              "sort by " + column + ", last page",
              "mentor",
              path,
              form,
              table,
              view -> {
                view.apply(view.sorting(columnId, true));
                return view.paging(view.lastFirst());
              }));
    }
    Map<String, Map<String, String>> filters =
        Map.of(
            "province",
            Map.of(table + ":provinceFilter_input", provinceCode),
            "trade",
            Map.of(table + ":tradeFilter_input", "RETAIL"),
            "gender",
            Map.of(table + ":genderFilter_input", "FEMALE"));
    for (String filter : List.of("province", "trade", "gender")) {
      all.add(
          table(
              page,
              "filter by " + filter,
              "mentor",
              path,
              form,
              table,
              view -> view.filtering(filters.get(filter))));
      all.add(
          table(
              page,
              "filter by " + filter + ", last page",
              "mentor",
              path,
              form,
              table,
              view -> {
                view.apply(view.filtering(filters.get(filter)));
                return view.paging(view.lastFirst());
              }));
    }
    String search = table + ":globalFilter";
    all.add(
        search(
            "search a name (“" + data.sampleNamePrefix() + "…”)",
            path,
            form,
            table,
            Map.of(search, data.sampleNamePrefix())));
    all.add(
        search(
            "search a whole CIN (" + data.sampleCin() + ")",
            path,
            form,
            table,
            Map.of(search, data.sampleCin())));
    return all;
  }

  private static List<Scenario> ranking(long callId, String provinceCode) {
    String path = "/selection/ranking.xhtml?call=" + callId;
    String page = "ranking";
    List<Scenario> all = new ArrayList<>();
    all.add(fullGet(page, "mentor", path, "ranking"));
    all.add(paging(page, "mentor", path, "rankingForm", "ranking", 20, false));
    all.add(paging(page, "mentor", path, "rankingForm", "ranking", 20, true));
    record Filter(String name, String source, String field, String value) {}
    for (Filter filter :
        List.of(
            new Filter("status", "statusFilter", "statusFilter", "WAITING"),
            new Filter("province", "provinceFilter", "provinceFilter_input", provinceCode),
            new Filter("gender", "genderFilter", "genderFilter_input", "FEMALE"),
            new Filter("trade", "tradeFilter", "tradeFilter_input", "RETAIL"))) {
      all.add(
          table(
              page,
              "filter by " + filter.name(),
              "mentor",
              path,
              "rankingForm",
              "ranking",
              view -> view.behaviour(filter.source(), filter.field(), filter.value())));
      all.add(
          table(
              page,
              "filter by " + filter.name() + ", last page",
              "mentor",
              path,
              "rankingForm",
              "ranking",
              view -> {
                view.apply(view.behaviour(filter.source(), filter.field(), filter.value()));
                return view.paging(view.lastFirst());
              }));
    }
    return all;
  }

  private static List<Scenario> lazyList(
      String page, String role, String path, String form, String table) {
    return List.of(
        fullGet(page, role, path, table),
        paging(page, role, path, form, table, 20, false),
        paging(page, role, path, form, table, 20, true));
  }

  /** A page about one thing, opened in full. */
  private static Scenario detail(String page, String role, String path, String marker) {
    return opened(page, role, path, marker, Kind.DETAIL);
  }

  static Scenario fullGet(String page, String role, String path, String marker) {
    return opened(page, role, path, marker, Kind.FULL_GET);
  }

  private static Scenario opened(String page, String role, String path, String marker, Kind kind) {
    return new Scenario(
        page,
        "full GET",
        role,
        kind,
        client -> () -> TableView.pageError(client.get(path), marker));
  }

  static Scenario paging(
      String page, String role, String path, String form, String table, int rows, boolean last) {
    return new Scenario(
        page,
        last ? "AJAX last page" : "AJAX first page",
        role,
        Kind.TABLE,
        client -> {
          TableView view = TableView.open(client, path, form, table, rows);
          return view.repeat(view.paging(last ? view.lastFirst() : 0), view.count() > 0);
        });
  }

  private interface Step {
    org.incubator.it.web.FacesClient.AjaxRequest prepare(TableView view);
  }

  private static Scenario table(
      String page, String action, String role, String path, String form, String table, Step step) {
    return new Scenario(
        page,
        action,
        role,
        Kind.TABLE,
        client -> {
          TableView view = TableView.open(client, path, form, table, 20);
          return view.repeat(step.prepare(view), true);
        });
  }

  private static Scenario search(
      String action, String path, String form, String table, Map<String, String> fields) {
    return new Scenario(
        "register",
        action,
        "mentor",
        Kind.SEARCH,
        client -> {
          TableView view = TableView.open(client, path, form, table, 20);
          return view.repeat(view.filtering(fields), true);
        });
  }
}
