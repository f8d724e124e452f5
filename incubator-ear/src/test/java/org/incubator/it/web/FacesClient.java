package org.incubator.it.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * A person at the application without a browser: real sign-in, real pages, and the same form posts
 * a browser sends (full postbacks and PrimeFaces AJAX requests, with the view state). Fast enough
 * to feed every field of every form with many inputs.
 */
public final class FacesClient {

  public static final String PASSWORD = "Incubator-2026";
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final Pattern CSP_INIT = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  private final HttpClient http;
  private final String base;
  private String language = "en";
  private final Map<String, String> headers = new LinkedHashMap<>();

  public FacesClient() {
    this(Integer.parseInt(System.getProperty("it.http.port", "8180")));
  }

  /** A person at the application served on this HTTP port of the machine. */
  public FacesClient(int httpPort) {
    http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(TIMEOUT)
            .build();
    base = "http://127.0.0.1:" + httpPort + "/incubator";
  }

  /**
   * Pages come in this language ({@code ar}, {@code fr}, {@code en}), as a browser set to it asks;
   * set it before the first page.
   */
  public FacesClient in(String language) {
    this.language = language;
    return this;
  }

  /** Sends this header with every request, e.g. what a TLS proxy adds in front of the server. */
  public FacesClient withHeader(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public Page get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  /**
   * Signs in with the demo password; fails the test if the account does not reach its home page.
   */
  public FacesClient signIn(String username) {
    return signIn(username, PASSWORD);
  }

  public FacesClient signIn(String username, String password) {
    Page signedIn = signInAttempt(username, password);
    if (signedIn.url().contains("/login.xhtml")) {
      throw new AssertionError(
          "Sign-in refused for " + username + ": " + signedIn.text("#loginForm"));
    }
    return this;
  }

  /** One try at the sign-in form, whatever its outcome. */
  public Page signInAttempt(String username, String password) {
    Page login = get("/login.xhtml");
    return login.submit(
        "loginForm",
        "loginForm:signIn",
        Map.of("loginForm:username", username, "loginForm:password", password));
  }

  Page send(HttpRequest.Builder request) {
    request.timeout(TIMEOUT).header("Accept-Language", language);
    headers.forEach(request::header);
    long start = System.nanoTime();
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Page(this, response, Duration.ofNanos(System.nanoTime() - start));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  URI uri(String path) {
    return URI.create(path.startsWith("http") ? path : base + path);
  }

  static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** A page as served: its address after redirects, status, headers, HTML, and how long it took. */
  public static final class Page {

    private final FacesClient client;
    private final HttpResponse<String> response;
    private final Duration took;
    private Document html;

    Page(FacesClient client, HttpResponse<String> response, Duration took) {
      this.client = client;
      this.response = response;
      this.took = took;
    }

    public int status() {
      return response.statusCode();
    }

    public String url() {
      return response.uri().toString();
    }

    public Duration took() {
      return took;
    }

    public String body() {
      return response.body();
    }

    /** The page parsed, on first use: a load test reads many pages it never parses. */
    public Document html() {
      if (html == null) {
        html = Jsoup.parse(response.body(), response.uri().toString());
      }
      return html;
    }

    public java.util.Optional<String> header(String name) {
      return response.headers().firstValue(name);
    }

    public java.util.List<String> headersNamed(String name) {
      return response.headers().allValues(name);
    }

    /** The visible text of the first element matching a CSS selector, or "" when there is none. */
    public String text(String selector) {
      Element element = html().selectFirst(selector);
      return element == null ? "" : element.text();
    }

    /**
     * The values a browser would send for a form as it stands: inputs, text areas, chosen options.
     */
    public Map<String, String> fields(String formId) {
      Element form = html().getElementById(formId);
      if (form == null) {
        throw new AssertionError("No form " + formId + " on " + url() + ":\n" + html().text());
      }
      Map<String, String> fields = new LinkedHashMap<>();
      for (Element input : form.select("input[name], textarea[name], select[name]")) {
        String type = input.attr("type");
        if (type.equals("submit")
            || type.equals("button")
            || type.equals("file")
            || input.hasAttr("disabled")) {
          continue;
        }
        if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
          continue;
        }
        String value =
            switch (input.tagName()) {
              case "textarea" -> input.wholeText();
              case "select" -> {
                Element chosen = input.selectFirst("option[selected]");
                yield chosen == null ? "" : chosen.attr("value");
              }
              default -> input.attr("value");
            };
        fields.put(input.attr("name"), value);
      }
      nonce().ifPresent(nonce -> fields.put("primefaces.nonce", nonce));
      return fields;
    }

    /**
     * The page's Content-Security-Policy nonce, which PrimeFaces' script sends back with every
     * postback.
     */
    public java.util.Optional<String> nonce() {
      Matcher init = CSP_INIT.matcher(response.body());
      return init.find() ? java.util.Optional.of(init.group(1)) : java.util.Optional.empty();
    }

    /** A full postback of a form by one of its buttons, with the given fields changed. */
    public Page submit(String formId, String buttonName, Map<String, String> changed) {
      Map<String, String> fields = fields(formId);
      fields.putAll(changed);
      fields.put(buttonName, buttonName);
      return client.send(
          HttpRequest.newBuilder(client.uri(url()))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
    }

    /**
     * A PrimeFaces AJAX request as a button or a field's behaviour sends it: {@code process} and
     * {@code update} are client ids (or {@code @form}); {@code event} is the behaviour's event, or
     * null for a button.
     */
    public Partial ajax(
        String formId,
        String source,
        String event,
        String process,
        String update,
        Map<String, String> changed) {
      return client.send(ajaxRequest(formId, source, event, process, update, changed));
    }

    /** The same AJAX request, prepared to be sent (again and again) with {@link #send}. */
    public AjaxRequest ajaxRequest(
        String formId,
        String source,
        String event,
        String process,
        String update,
        Map<String, String> changed) {
      Map<String, String> fields = fields(formId);
      fields.putAll(changed);
      fields.put("jakarta.faces.partial.ajax", "true");
      fields.put("jakarta.faces.source", source);
      fields.put("jakarta.faces.partial.execute", process.replace("@form", formId));
      fields.put("jakarta.faces.partial.render", update.replace("@form", formId));
      if (event == null) {
        fields.put(source, source);
      } else {
        fields.put("jakarta.faces.behavior.event", event);
        fields.put("jakarta.faces.partial.event", event);
      }
      return new AjaxRequest(url(), encode(fields));
    }

    /**
     * A p:dataTable's own AJAX request (paging, sorting, filtering), as its widget sends it: the
     * table is the source, is processed and is updated; {@code params} are the feature's parameters
     * ({@code <table>_pagination}, {@code _first}, {@code _sortKey}…) and any field of the form
     * changed (a filter's value).
     */
    public AjaxRequest dataTableRequest(String formId, String tableId, Map<String, String> params) {
      Map<String, String> fields = fields(formId);
      fields.putAll(params);
      fields.put("jakarta.faces.partial.ajax", "true");
      fields.put("jakarta.faces.source", tableId);
      fields.put("jakarta.faces.partial.execute", tableId);
      fields.put("jakarta.faces.partial.render", tableId);
      return new AjaxRequest(url(), encode(fields));
    }
  }

  /** An AJAX postback ready to be sent: where to, and its form-encoded body with the view state. */
  public record AjaxRequest(String url, String body) {}

  /** Sends a prepared AJAX postback, as PrimeFaces' script does. */
  public Partial send(AjaxRequest request) {
    Page answer =
        send(
            HttpRequest.newBuilder(uri(request.url()))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofString(request.body())));
    return new Partial(answer);
  }

  /** A partial response: the HTML of each part the server re-rendered, by client id. */
  public static final class Partial {

    private final Page page;
    private Document xml;

    Partial(Page page) {
      this.page = page;
    }

    private Document xml() {
      if (xml == null) {
        xml = Jsoup.parse(page.body(), "", Parser.xmlParser());
      }
      return xml;
    }

    public Page page() {
      return page;
    }

    public Duration took() {
      return page.took();
    }

    /**
     * Whether the server answered with an error or a redirect to an error page instead of updates.
     */
    public boolean failed() {
      return page.status() >= 400
          || xml().selectFirst("partial-response > error") != null
          || page.body().contains("/error/");
    }

    /**
     * The re-rendered HTML of one part, parsed, or an empty document when it was not re-rendered.
     */
    public Document part(String clientId) {
      for (Element update : xml().select("partial-response > changes > update")) {
        if (update.id().equals(clientId)) {
          return Jsoup.parseBodyFragment(update.wholeText());
        }
      }
      return Jsoup.parseBodyFragment("");
    }

    /**
     * The rows of a data table whose body was re-rendered alone (its paging, sorting and
     * filtering), parsed inside a table: an HTML parser drops bare rows.
     */
    public Elements rows(String clientId) {
      for (Element update : xml().select("partial-response > changes > update")) {
        if (update.id().equals(clientId)) {
          return Jsoup.parse("<table><tbody>" + update.wholeText() + "</tbody></table>")
              .select("tbody > tr");
        }
      }
      return new Elements();
    }

    /** Where the answer sends the browser next (a saved form opening its record), if anywhere. */
    public java.util.Optional<String> redirect() {
      Element redirect = xml().selectFirst("partial-response > redirect");
      return java.util.Optional.ofNullable(redirect).map(r -> r.attr("url"));
    }

    /** The scripts the answer has the page run (PrimeFaces' oncomplete, exception handlers). */
    public String evaluated() {
      var scripts = new StringBuilder();
      xml()
          .select("partial-response > changes > eval")
          .forEach(eval -> scripts.append(eval.wholeText()).append('\n'));
      return scripts.toString();
    }

    /** Every part the server re-rendered, as one document. */
    public Document whole() {
      var all = new StringBuilder();
      xml()
          .select("partial-response > changes > update")
          .forEach(update -> all.append(update.wholeText()));
      return Jsoup.parseBodyFragment(all.toString());
    }

    /** Every message the server rendered (field messages and the page's), as visible text. */
    public String messages() {
      var text = new StringBuilder();
      for (Element update : xml().select("partial-response > changes > update")) {
        Document part = Jsoup.parseBodyFragment(update.wholeText());
        part.select(
                ".ui-message-error, .ui-messages-error-summary, .ui-messages-error-detail,"
                    + " .ui-message-error-detail")
            .forEach(m -> text.append(m.text()).append('\n'));
      }
      return text.toString();
    }
  }
}
