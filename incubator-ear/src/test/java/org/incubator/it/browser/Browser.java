package org.incubator.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's chromium and chromium-driver) on the application under test, at a
 * desk's or a phone's size. Never downloads a browser; fails loudly when none is installed.
 */
public final class Browser implements AutoCloseable {

  public static final Dimension DESK = new Dimension(1280, 900);
  public static final Dimension PHONE = new Dimension(360, 740);
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  /** How long a page may take to show what a test waits for. */
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  /**
   * How often a wait looks again: a page answering in 120 ms goes on after 200 ms, not after the
   * half second Selenium waits by default, without asking the browser so often that the server
   * under test (on the same cores) is slowed.
   */
  private static final Duration POLL = Duration.ofMillis(100);

  private final WebDriver driver;
  private final WebDriverWait wait;
  private final String baseUrl;

  public Browser(Dimension size) {
    if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
      throw new IllegalStateException(
          "Browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium"
              + " chromium-driver");
    }
    var options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--lang=en-US",
        "--window-size=" + size.getWidth() + "," + size.getHeight());
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    var service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(size);
    wait = new WebDriverWait(driver, PATIENCE, POLL);
    // a page replaced while an element of it is looked at (a language switch, a redirect) is
    // looked at again: Chromium says "stale" or, lately, "does not belong to the document"
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.WebDriverException.class);
    baseUrl = "http://127.0.0.1:" + System.getProperty("it.http.port", "8180") + "/incubator";
  }

  public void open(String path) {
    driver.get(baseUrl + path);
  }

  public WebDriver driver() {
    return driver;
  }

  public WebElement find(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public WebElement byId(String id) {
    return find(By.id(id));
  }

  public void type(String id, String text) {
    WebElement input = byId(id);
    input.clear();
    input.sendKeys(text);
  }

  /**
   * Types a date (dd/MM/yyyy) in a PrimeFaces date picker, then closes its calendar as a tap
   * elsewhere would. Under load the opening calendar can swallow the keys; the date is then picked
   * through the widget, as a click in the calendar would.
   */
  public void typeDate(String id, String date) {
    By input = By.id(id + "_input");
    type(id + "_input", date);
    if (!date.equals(driver.findElement(input).getAttribute("value"))) {
      String[] dayMonthYear = date.split("/");
      script(
          "var w = PrimeFaces.getWidgetById(arguments[0]); if (w.setDate) { w.setDate(new"
              + " Date(arguments[3], arguments[2] - 1, arguments[1])); } else {"
              + " document.getElementById(arguments[0] + '_input').value = arguments[4]; }",
          id,
          Integer.parseInt(dayMonthYear[0]),
          Integer.parseInt(dayMonthYear[1]),
          Integer.parseInt(dayMonthYear[2]),
          date);
    }
    closeOverlay(id);
    waitUntil(
        () -> date.equals(driver.findElement(input).getAttribute("value")), id + " = " + date);
  }

  /** Clicks what the locator finds, finding it again if Ajax re-rendered it in between. */
  public void clickOn(By by) {
    waitUntil(
        () -> {
          driver.findElement(by).click();
          return true;
        },
        "click on " + by);
  }

  public void click(String id) {
    wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
  }

  /**
   * Opens a PrimeFaces select menu and clicks the option with this value, as a person does; and
   * again, as a person would, if the menu was still moving when the click landed.
   */
  public void choose(String id, String value) {
    String label =
        driver
            .findElement(By.cssSelector("[id='" + id + "_input'] option[value='" + value + "']"))
            .getAttribute("textContent");
    By option = By.cssSelector("[id='" + id + "_panel'] li[data-label=\"" + label + "\"]");
    waitUntil(
        () -> {
          if (!value.equals(selectedValue(id))) {
            var shown =
                driver.findElements(option).stream().filter(WebElement::isDisplayed).findFirst();
            if (shown.isPresent()) {
              shown.get().click();
            } else {
              driver.findElement(By.id(id)).click();
            }
          }
          return value.equals(selectedValue(id));
        },
        id + " = " + value);
    closeOverlay(id);
  }

  /**
   * Types the start of a name into a field choosing someone on the staff (`inc:staff`) and clicks
   * the suggestion for this user name, as a person does. What the pick does next (the field holds
   * the person, or a list gains them) is the caller's to wait for.
   */
  public void pick(String id, String typed, String username) {
    By suggestion =
        By.cssSelector("[id='" + id + "_panel'] li[data-item-value='" + username + "']");
    WebElement input = driver.findElement(By.id(id + "_input"));
    input.clear();
    input.sendKeys(typed);
    wait.until(
            d ->
                d.findElements(suggestion).stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .orElse(null))
        .click();
  }

  /** The user name a field choosing someone on the staff holds ("" for none). */
  public String picked(String id) {
    return (String)
        script(
            "var e = document.getElementById(arguments[0]); return e ? e.value : null;",
            id + "_hinput");
  }

  /**
   * Ticks the option with this label in a PrimeFaces checkbox menu (scrolling the list to it, as a
   * person would), then closes the menu. After an ajax update the page can hold an old copy of the
   * menu's panel: only the one on screen counts.
   */
  public void checkInMenu(String id, String label) {
    By option =
        By.xpath(
            ".//li[.//label[normalize-space()='"
                + label
                + "']]//div[contains(@class,'ui-chkbox-box')]");
    waitUntil(
        () -> {
          var panel =
              driver.findElements(By.id(id + "_panel")).stream()
                  .filter(WebElement::isDisplayed)
                  .findFirst();
          if (panel.isEmpty()) {
            driver.findElement(By.id(id)).click();
            return false;
          }
          var box = panel.get().findElements(option).stream().findFirst();
          if (box.isEmpty()) {
            return false;
          }
          if (!box.get().isDisplayed()) {
            script("arguments[0].scrollIntoView({block: 'nearest'});", box.get());
            return false;
          }
          if (!box.get().getAttribute("class").contains("ui-state-active")) {
            box.get().click();
          }
          return box.get().getAttribute("class").contains("ui-state-active");
        },
        label + " ticked in " + id);
    closeOverlay(id);
  }

  private Object selectedValue(String id) {
    return script("return document.getElementById(arguments[0]).value;", id + "_input");
  }

  /**
   * Makes sure the overlay panel of a PrimeFaces widget is closed before the next field: under load
   * its closing animation can still cover the field below.
   */
  private void closeOverlay(String id) {
    By panel = By.id(id + "_panel");
    waitUntil(
        () -> {
          script(
              "var w = PrimeFaces.getWidgetById(arguments[0]); if (w && w.hide) { w.hide(); }", id);
          return driver.findElements(panel).stream().noneMatch(WebElement::isDisplayed);
        },
        id + " closed");
  }

  public Object script(String js, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(js, arguments);
  }

  public void waitForUrl(String fragment) {
    wait.until(ExpectedConditions.urlContains(fragment));
  }

  /**
   * Waits until the condition holds, reading the page again each time (tables are re-rendered by
   * Ajax).
   */
  public void waitUntil(java.util.function.BooleanSupplier condition, String what) {
    new WebDriverWait(driver, PATIENCE, POLL)
        .withMessage(what)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
        .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
        .until(d -> condition.getAsBoolean());
  }

  public void waitForText(By by, String text) {
    // a wait of its own: the message set on the shared one would name this text in every later
    // find() that times out
    new WebDriverWait(driver, PATIENCE, POLL)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .withMessage(() -> by + " to show \"" + text + "\"")
        .until(
            d -> {
              try {
                return read(d.findElement(by).getText()).contains(text);
              } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
              } catch (org.openqa.selenium.WebDriverException e) {
                // Chromium reports an element an AJAX update just replaced this way too.
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                  return false;
                }
                throw e;
              }
            });
  }

  /**
   * How many pixels the page is wider than the window: above zero, a person has to scroll sideways
   * to reach a column or a button.
   */
  public long overflow() {
    return (Long) script("return document.documentElement.scrollWidth - window.innerWidth;");
  }

  /** The page fits the window's width: nothing to scroll sideways for. */
  public void assertFitsTheScreen() {
    long overflow = overflow();
    assertTrue(
        overflow <= 0, driver.getCurrentUrl() + " is wider than the screen by " + overflow + " px");
  }

  public String htmlAttribute(String name) {
    return driver.findElement(By.tagName("html")).getAttribute(name);
  }

  public String pageText() {
    return read(driver.findElement(By.tagName("body")).getText());
  }

  /**
   * Text as a person reads it: without the invisible marks that isolate a name inside a sentence of
   * the other direction (U+2066 to U+2069).
   */
  public static String read(String text) {
    return text.replaceAll("[\u2066-\u2069]", "");
  }

  public String cookie(String name) {
    var cookie = driver.manage().getCookieNamed(name);
    return cookie == null ? null : cookie.getValue();
  }

  /** Fetches a link as this browser's signed-in user would download it (files such as letters). */
  /** The address of a path of the application, as this browser reaches it. */
  public String url(String path) {
    return baseUrl + path;
  }

  public HttpResponse<byte[]> download(String url) {
    var request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Cookie", "JSESSIONID=" + cookie("JSESSIONID"))
            .build();
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Keeps a picture of the page in target/screenshots, to look at what a person saw. */
  public void screenshot(String name) {
    try {
      Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
      Files.createDirectories(dir);
      Files.write(
          dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  /**
   * Closes the browser, failing the test if any page it showed broke its Content-Security-Policy
   * (the browser reports each refused script or style in its console): zero over the whole suite.
   */
  public void close() {
    List<String> violations;
    try {
      violations =
          driver.manage().logs().get(LogType.BROWSER).getAll().stream()
              .map(LogEntry::getMessage)
              .filter(
                  message ->
                      message.contains("Content Security Policy")
                          || message.contains("Content-Security-Policy"))
              .toList();
    } finally {
      driver.quit();
    }
    if (!violations.isEmpty()) {
      throw new AssertionError(
          "Content-Security-Policy violations:\n" + String.join("\n", violations));
    }
  }

  /**
   * The application's sentence in a language with its arguments left open, each {@code {n}} any
   * text: for a sentence whose arguments a test cannot know to the letter, such as a time.
   */
  public static Pattern textWithAnyArguments(String language, String key) {
    return Pattern.compile(
        Arrays.stream(text(language, key).split("\\{\\d+\\}", -1))
            .map(Pattern::quote)
            .collect(Collectors.joining(".+")));
  }

  /** The application's text in a language, from its own bundle, so tests check what users read. */
  public static String text(String language, String key) {
    Path bundle = Path.of(System.getProperty("it.bundles"), "messages_" + language + ".properties");
    var properties = new Properties();
    try (Reader reader =
        new InputStreamReader(Files.newInputStream(bundle), StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    String text = properties.getProperty(key);
    if (text == null) {
      throw new IllegalArgumentException("No " + key + " in " + bundle);
    }
    return text;
  }
}
