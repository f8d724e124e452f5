package org.incubator.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.incubator.it.database.TestDatabase;
import org.incubator.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;

/**
 * Every page, as every demo account, in Arabic, French and English, on a 360-px phone and at a
 * desk, checked with axe-core's WCAG 2.0/2.1 A and AA rules: no serious or critical violation.
 *
 * <p>On the phone, every control a finger aims at is also measured: at least 44 × 44 px where it
 * lands.
 *
 * <p>Each account starts from the pages listed in {@link #START} and follows every link of the
 * application it is shown, one visit per page; a page no link reaches joins by being listed there.
 * The test fails too when a page of the web module was reached by no account, so a page added later
 * is checked without anyone remembering to. The counts by rule are written to {@code
 * target/accessibility/report.md}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityInTheBrowserIT {

  private static final List<String> LANGUAGES = List.of("ar", "fr", "en");
  private static final Map<String, Dimension> WIDTHS = new LinkedHashMap<>();

  static {
    WIDTHS.put("desk", Browser.DESK);
    WIDTHS.put("phone", Browser.PHONE);
  }

  private static final List<String> RULES = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  private static final Set<String> SERIOUS = Set.of("serious", "critical");

  /**
   * Who visits, and where each starts (the home page after signing in; {@code null} for nobody
   * signed in). Pages that only a button, a mail or an error leads to are listed here.
   */
  private static final Map<String, List<String>> START = new LinkedHashMap<>();

  static {
    START.put(
        null,
        List.of(
            "/login.xhtml",
            "/join.xhtml",
            "/reset-password.xhtml?token=unknown",
            "/error/404.xhtml",
            "/error/403.xhtml",
            "/error/500.xhtml",
            "/error/expired.xhtml",
            "/error/conflict.xhtml"));
    START.put("admin", List.of("/selection/call-form.xhtml", "/applicant/holder-form.xhtml"));
    START.put("mentor", List.of());
    START.put("reviewer", List.of());
    START.put("entrepreneur", List.of());
    START.put("amina", List.of());
    START.put("hajar", List.of("/my/apply.xhtml"));
    START.put("rachid", List.of());
    START.put("amina.saidi", List.of());
  }

  /** Pages no demo account shows: the second factor only appears while signing in with one. */
  private static final Set<String> NOT_CRAWLED = Set.of("/second-factor.xhtml");

  /** axe-core itself, from Deque's artifact on the test class path. */
  private static final String AXE = script(AxeBuilder.class, "/axe.min.js");

  /** The controls of the page a 44 × 44 px square around their centre does not land on. */
  private static final String SMALL_TARGETS =
      script(AccessibilityInTheBrowserIT.class, "/touch-targets.js");

  private static String script(Class<?> from, String name) {
    try (var in = from.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  /** rule → page views where it was broken. */
  private final Map<String, List<String>> violations = new TreeMap<>();

  private final Map<String, Integer> nodesByRule = new TreeMap<>();
  private final Set<String> pagesVisited = new TreeSet<>();
  private final AtomicInteger pageViews = new AtomicInteger();
  private final AtomicLong loading = new AtomicLong();
  private final AtomicLong checking = new AtomicLong();
  private final AtomicLong injecting = new AtomicLong();

  @Test
  void everyPageAsEveryAccountInEveryLanguageOnAPhoneAndAtADeskHasNoSeriousViolation()
      throws Exception {
    long started = System.nanoTime();
    var start = new LinkedHashMap<>(START);
    start.put(
        "mentor",
        List.of("/grant/request-form.xhtml?application=" + admittedApplicationWithoutGrant()));
    // two accounts at a time, each in its own browser: the machine's two cores both work
    var browsers = Executors.newFixedThreadPool(2);
    try {
      var visits =
          start.entrySet().stream()
              .map(account -> browsers.submit(() -> visitAs(account.getKey(), account.getValue())))
              .toList();
      for (var visit : visits) {
        visit.get();
      }
    } finally {
      browsers.shutdownNow();
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    writeReport(seconds);
    assertEquals(
        Set.of(),
        webPages().stream()
            .filter(page -> !pagesVisited.contains(page) && !NOT_CRAWLED.contains(page))
            .collect(Collectors.toCollection(TreeSet::new)),
        "pages no account reached: list them in START");
    assertTrue(
        violations.isEmpty(),
        "serious or critical accessibility violations (target/accessibility/report.md):\n"
            + violations.entrySet().stream()
                .map(rule -> rule.getKey() + ": " + String.join("\n    ", rule.getValue()))
                .collect(Collectors.joining("\n")));
  }

  /**
   * Without the mouse, in Arabic: the first stop skips to the content; sign in; the menu's item
   * reached with the arrows, the left one going forward as the page reads; saved too early, the
   * refusal tied to its field and read out; a project holder's form filled field after field in the
   * order it reads, its menus chosen with the arrows, a day typed; saved with Enter; and applied to
   * a call.
   */
  @Test
  void aMentorSignsInRegistersAHolderAndAppliesWithTheKeyboardAloneInArabic() {
    try (Browser desk = new Browser(Browser.DESK)) {
      var keyboard = new Keyboard(desk);
      desk.open("/login.xhtml");
      keyboard.press(Keys.TAB);
      assertTrue(
          keyboard.focused().getAttribute("class").contains("skip-link"),
          "the first stop skips to the content");
      keyboard.tabTo(By.cssSelector(".app-language[lang='ar']")).press(Keys.ENTER);
      desk.find(By.cssSelector("html[lang='ar']"));
      keyboard
          .tabTo(By.id("loginForm:username"))
          .type("mentor")
          .next(By.id("loginForm:password"))
          .type(LoginPage.DEMO_PASSWORD)
          .press(Keys.ENTER);
      desk.waitForUrl("/home/mentor.xhtml");

      keyboard
          .tabTo(By.id("menuForm:menuHome"))
          // right to left, the next item is on the left
          .arrowTo(By.id("menuForm:menuRegister"), Keys.ARROW_LEFT)
          .press(Keys.ENTER);
      desk.waitForUrl("/applicant/holder-form.xhtml");
      // saved too early: the refusal is said with the field it concerns, and read out
      keyboard.tabTo(By.id("save")).press(Keys.ENTER);
      desk.waitForText(By.id("firstNameMessage"), Browser.text("ar", "field.required"));
      assertEquals("alert", desk.byId("firstNameMessage").getAttribute("role"));
      assertTrue(
          desk.byId("firstName").getAttribute("aria-describedby").contains("firstNameMessage"),
          "the first name's error is tied to it: "
              + desk.byId("firstName").getAttribute("aria-describedby"));
      String cin = "KB" + System.nanoTime() % 100_000;
      keyboard
          .tabTo(By.id("firstName"))
          .type("هند")
          .next(By.id("lastName"))
          .type("الإدريسي")
          .next(By.id("cin"))
          .type(cin)
          .next(By.id("birthDate_input"))
          .type("17/05/2000")
          .next(By.id("gender_label"))
          .choose("gender", "FEMALE")
          .next(By.id("phone"))
          .type("0661234567")
          .next(By.id("disability_label"))
          .next(By.id("addressLine"))
          .type("12 زنقة ابن بطوطة")
          .next(By.id("commune"))
          .type("سيدي مومن")
          .next(By.id("provinceCode_label"))
          .choose("provinceCode", "CASABLANCA")
          .next(By.id("householdSize"))
          .type("5")
          .next(By.id("monthlyIncome"))
          .type("2500")
          .next(By.id("education_label"))
          .choose("education", "VOCATIONAL")
          .next(By.id("experienceYears"))
          .type("3")
          .next(By.id("skills"))
          .type("خياطة")
          .next(By.id("projectTitle"))
          .type("ورشة خياطة")
          .next(By.id("trade_label"))
          .choose("trade", "SEWING_TEXTILE")
          .next(By.id("estimatedBudget"))
          .type("30000")
          .next(By.id("ownContribution"))
          .type("3000")
          .next(By.id("projectDescription"))
          .next(By.id("save"))
          .press(Keys.ENTER);
      desk.waitForUrl("/applicant/holder.xhtml");
      assertEquals("هند الإدريسي", desk.byId("holderName").getText());

      keyboard
          .tabTo(By.id("eligibilityForm:call_label"))
          .choose("eligibilityForm:call", demoCallId(desk))
          .next(By.id("eligibilityForm:apply"))
          .press(Keys.ENTER);
      desk.waitForUrl("/selection/application.xhtml");
      desk.waitForText(By.id("holderLink"), "هند الإدريسي");
      assertTrue(desk.pageText().contains(DEMO_CALL), desk.pageText());
      assertEquals("rtl", new Shell(desk).direction());
      desk.screenshot("keyboard-applied-ar-desk");
    }
  }

  private static final String DEMO_CALL = "Appel 2027 — Casablanca-Settat";

  /** The value of the demo's open call among the holder's calls, read off the menu. */
  private static String demoCallId(Browser desk) {
    return (String)
        desk.script(
            "var call = arguments[0]; return"
                + " Array.from(document.getElementById('eligibilityForm:call_input').options).filter(function"
                + " (o) { return o.textContent === call; })[0].value;",
            DEMO_CALL);
  }

  private void visitAs(String username, List<String> start) {
    try (Browser browser = new Browser(Browser.DESK)) {
      loadAxeInEveryPage(browser);
      String first = LANGUAGES.get(0);
      if (username != null) {
        new LoginPage(browser).signInAs(username, first);
      } else {
        new LoginPage(browser).openIn(first);
      }
      String who = username == null ? "anonymous" : username;
      // the crawl, in the first language, checks each page as it reaches it; the other languages
      // then go over the pages it found
      List<String> pages =
          crawl(
              browser,
              username == null ? start : withHome(browser, start),
              page -> checkPage(browser, who, first, page));
      for (String language : LANGUAGES.subList(1, LANGUAGES.size())) {
        browser.open(pages.get(0));
        if (!language.equals(new Shell(browser).language())) {
          new Shell(browser).switchTo(language);
        }
        for (String page : pages) {
          open(browser, page);
          checkPage(browser, who, language, page);
        }
      }
    }
  }

  private void open(Browser browser, String page) {
    long before = System.nanoTime();
    browser.open(page);
    loading.addAndGet(System.nanoTime() - before);
  }

  /** The page just opened, in this language, checked at both widths. */
  private void checkPage(Browser browser, String who, String language, String page) {
    long before = System.nanoTime();
    browser.find(By.tagName("main"));
    assertEquals(language, new Shell(browser).language(), page);
    assertEquals("ar".equals(language) ? "rtl" : "ltr", new Shell(browser).direction(), page);
    loading.addAndGet(System.nanoTime() - before);
    // one load, both widths: the layout follows the window, and so does what axe measures
    for (var width : WIDTHS.entrySet()) {
      browser.driver().manage().window().setSize(width.getValue());
      String view = who + " " + language + " " + width.getKey() + " " + page;
      check(browser, view);
      if (width.getValue().equals(Browser.PHONE)) {
        checkTargets(browser, view);
        checkReflow(browser, view);
      }
    }
  }

  /**
   * Has the browser itself put axe-core in every page it opens (before the page's own scripts),
   * instead of sending its half-megabyte script through the driver at each page; {@link #check}
   * still puts it in a page that lacks it.
   */
  private static void loadAxeInEveryPage(Browser browser) {
    ((org.openqa.selenium.chromium.ChromiumDriver) browser.driver())
        .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", AXE));
  }

  private static List<String> withHome(Browser browser, List<String> start) {
    String home = browser.driver().getCurrentUrl();
    return Stream.concat(Stream.of(home.substring(home.indexOf("/incubator") + 10)), start.stream())
        .toList();
  }

  /**
   * Follows every link of the application from the start pages, one visit per page, doing what is
   * asked on each page once its links are read.
   */
  private List<String> crawl(
      Browser browser, List<String> start, java.util.function.Consumer<String> onEachPage) {
    Map<String, String> pageByPath = new LinkedHashMap<>();
    var queue = new ArrayList<>(start);
    while (!queue.isEmpty()) {
      String address = queue.remove(0);
      String path = address.replaceFirst("[?#].*", "");
      if (pageByPath.containsKey(path)) {
        continue;
      }
      pageByPath.put(path, address);
      open(browser, address);
      @SuppressWarnings("unchecked")
      List<String> links =
          (List<String>)
              browser.script(
                  "var base = location.origin + '/incubator';"
                      + " return Array.from(document.querySelectorAll('a[href]'))"
                      + ".map(function (a) { return a.href; })"
                      + ".filter(function (h) { return h.indexOf(base + '/') === 0"
                      + " && /\\.xhtml($|[?#])/.test(h); })"
                      + ".map(function (h) { return h.substring(base.length); });");
      links.stream()
          .filter(link -> !pageByPath.containsKey(link.replaceFirst("[?#].*", "")))
          .forEach(queue::add);
      onEachPage.accept(address);
    }
    synchronized (this) {
      pagesVisited.addAll(pageByPath.keySet());
    }
    return new ArrayList<>(pageByPath.values());
  }

  /**
   * Runs axe-core, as Deque ships it for Selenium, in the page; only the serious and critical
   * violations come back, each element with axe's words on what is wrong.
   */
  @SuppressWarnings("unchecked")
  private void check(Browser browser, String view) {
    pageViews.incrementAndGet();
    long before = System.nanoTime();
    var found = runAxe(browser);
    if (found == null) {
      // a page the browser did not put axe-core in
      long injected = System.nanoTime();
      browser.script(AXE);
      injecting.addAndGet(System.nanoTime() - injected);
      found = runAxe(browser);
    }
    checking.addAndGet(System.nanoTime() - before);
    for (var rule : found) {
      record((String) rule.get("id"), view, (List<String>) rule.get("nodes"));
    }
  }

  /** axe-core's serious and critical violations in the page, or null when it has no axe-core. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> runAxe(Browser browser) {
    return (List<Map<String, Object>>)
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + " if (typeof axe === 'undefined') { done(null); return; }"
                    + " axe.run(document, {runOnly: {type: 'tag', values: arguments[0]},"
                    + " resultTypes: ['violations']}).then(function (r) {"
                    + " done(r.violations.filter(function (v) {"
                    + " return v.impact === 'serious' || v.impact === 'critical'; })"
                    + ".map(function (v) { return {id: v.id, nodes: v.nodes.map(function (n) {"
                    + " return n.target.join(' ') + ' ' + n.html.substring(0, 160) + ' — '"
                    + " + (n.failureSummary || '').replace(/\\s+/g, ' '); })}; })); },"
                    + " function (e) { done([{id: 'axe-error', nodes: [String(e)]}]); });",
                RULES);
  }

  /**
   * On a phone every control a finger aims at is at least 44 × 44 px (WCAG 2.5.5, AAA: our users
   * are on small phones outdoors), measured where the finger lands, not on the drawn box.
   */
  @SuppressWarnings("unchecked")
  private void checkTargets(Browser browser, String view) {
    var small = (List<String>) browser.script(SMALL_TARGETS);
    if (!small.isEmpty()) {
      record("target-size (44 px)", view, small);
    }
  }

  /**
   * Text reflows to the phone's 360 px (WCAG 1.4.10 asks 320 px, what a desk shows at 400 % zoom):
   * nothing to scroll sideways for, so nothing is lost at 200 % either. A chart follows the window
   * a frame or more after it changed size (its ResizeObserver): a page is too wide when it stays so
   * for a second.
   */
  private void checkReflow(Browser browser, String view) {
    long overflow = browser.overflow();
    long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(1);
    while (overflow > 0 && System.nanoTime() < until) {
      // the next frame, in which the page's observers have run
      ((org.openqa.selenium.JavascriptExecutor) browser.driver())
          .executeAsyncScript(
              "var done = arguments[arguments.length - 1];"
                  + " requestAnimationFrame(function () { setTimeout(done, 0); });");
      overflow = browser.overflow();
    }
    if (overflow > 0) {
      record("reflow (360 px)", view, List.of("wider than the screen by " + overflow + " px"));
    }
  }

  private synchronized void record(String rule, String view, List<String> elements) {
    violations
        .computeIfAbsent(rule, key -> new ArrayList<>())
        .add(view + " (" + elements.size() + "): " + String.join("\n      ", elements));
    nodesByRule.merge(rule, elements.size(), Integer::sum);
  }

  /** The form of a grant request opens from an application that has none yet. */
  private static long admittedApplicationWithoutGrant() {
    try (var connection = TestDatabase.connect();
        var result =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT MIN(a.id) FROM application a WHERE a.status = 'ADMITTED' AND NOT"
                        + " EXISTS (SELECT 1 FROM grant_request g WHERE g.application_id ="
                        + " a.id)")) {
      result.next();
      return result.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The pages of the web module, as their paths. */
  private static Set<String> webPages() throws IOException {
    Path webapp = Path.of(System.getProperty("it.webapp"));
    try (var files = Files.walk(webapp)) {
      return files
          .map(file -> "/" + webapp.relativize(file).toString().replace('\\', '/'))
          .filter(page -> page.endsWith(".xhtml"))
          .filter(page -> !page.startsWith("/WEB-INF/") && !page.startsWith("/resources/"))
          .collect(Collectors.toCollection(LinkedHashSet::new));
    }
  }

  private void writeReport(long seconds) throws IOException {
    var report =
        new StringBuilder("# Accessibility: axe-core ")
            .append(String.join(", ", RULES))
            .append("\n\n")
            .append(pageViews.get())
            .append(" page views of ")
            .append(pagesVisited.size())
            .append(" pages in ")
            .append(seconds)
            .append(" s (two browsers at a time; summed over both: pages loading ")
            .append(loading.get() / 1_000_000_000L)
            .append(" s, axe-core ")
            .append(checking.get() / 1_000_000_000L)
            .append(" s of which ")
            .append(injecting.get() / 1_000_000_000L)
            .append(" s putting it in the page)")
            .append(
                "; serious or critical violations by rule:\n\n"
                    + "| rule | page views | elements |\n"
                    + "|---|---|---|\n");
    violations.forEach(
        (rule, views) ->
            report
                .append("| ")
                .append(rule)
                .append(" | ")
                .append(views.size())
                .append(" | ")
                .append(nodesByRule.get(rule))
                .append(" |\n"));
    report.append("\n");
    violations.forEach(
        (rule, views) ->
            report
                .append("## ")
                .append(rule)
                .append("\n\n- ")
                .append(String.join("\n- ", views))
                .append("\n\n"));
    Path file =
        Path.of(System.getProperty("it.screenshots")).resolveSibling("accessibility/report.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, report);
  }
}
