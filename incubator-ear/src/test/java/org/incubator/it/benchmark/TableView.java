package org.incubator.it.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incubator.it.web.FacesClient;
import org.incubator.it.web.FacesClient.AjaxRequest;
import org.incubator.it.web.FacesClient.Page;
import org.incubator.it.web.FacesClient.Partial;

/**
 * A list page as one user has it open: its p:dataTable's requests (paging, sorting, filtering) as
 * PrimeFaces 15's DataTable widget sends them, with the view state and the fields the user chose,
 * and the check that an answer is the table's rows.
 */
final class TableView {

  private static final Pattern ROW_COUNT = Pattern.compile("rowCount\\s*:\\s*(\\d+)");
  private static final Pattern TOTAL_RECORDS = Pattern.compile("\"totalRecords\"\\s*:\\s*(\\d+)");

  private final FacesClient client;
  private final Page page;
  private final String form;
  private final String table;
  private final int rows;
  private final Map<String, String> chosen = new LinkedHashMap<>();
  private long count;

  private TableView(FacesClient client, Page page, String form, String table, int rows) {
    this.client = client;
    this.page = page;
    this.form = form;
    this.table = table;
    this.rows = rows;
    this.count = rowCount(page.body()).orElse(0);
  }

  /** Opens the page; fails (as a measured error) if it is not the list. */
  static TableView open(FacesClient client, String path, String form, String table, int rows) {
    Page page = client.get(path);
    String wrong = pageError(page, table);
    if (wrong != null) {
      throw new IllegalStateException(wrong);
    }
    return new TableView(client, page, form, table, rows);
  }

  long count() {
    return count;
  }

  /** The index of the first row of the last page, as the paginator's last-page link asks. */
  int lastFirst() {
    return count == 0 ? 0 : (int) ((count - 1) / rows * rows);
  }

  AjaxRequest paging(int first) {
    Map<String, String> params = new LinkedHashMap<>(chosen);
    params.put(table + "_pagination", "true");
    params.put(table + "_first", Integer.toString(first));
    params.put(table + "_rows", Integer.toString(rows));
    params.put(table + "_skipChildren", "true");
    params.put(table + "_encodeFeature", "true");
    return page.dataTableRequest(form, table, params);
  }

  /** Sorting by a column (its client id), 1 ascending or -1 descending. */
  AjaxRequest sorting(String columnId, boolean ascending) {
    Map<String, String> params = new LinkedHashMap<>(chosen);
    params.put(table + "_sorting", "true");
    params.put(table + "_skipChildren", "true");
    params.put(table + "_encodeFeature", "true");
    params.put(table + "_sortKey", columnId);
    params.put(table + "_sortDir", ascending ? "1" : "-1");
    return page.dataTableRequest(form, table, params);
  }

  /** The table's own filtering, with these filter fields (a column filter's input, the search). */
  AjaxRequest filtering(Map<String, String> fields) {
    chosen.putAll(fields);
    Map<String, String> params = new LinkedHashMap<>(chosen);
    params.put(table + "_filtering", "true");
    params.put(table + "_encodeFeature", "true");
    return page.dataTableRequest(form, table, params);
  }

  /**
   * A field of the page's own (outside the table) whose {@code p:ajax} updates the table, as the
   * field's behaviour sends it ({@code field} is the name its value is posted under); the event is
   * read from the behaviour the page rendered.
   */
  AjaxRequest behaviour(String source, String field, String value) {
    chosen.put(field, value);
    Matcher event =
        Pattern.compile("s:\"" + Pattern.quote(source) + "\",e:\"(\\w+)\"").matcher(page.body());
    return page.ajaxRequest(
        form, source, event.find() ? event.group(1) : "valueChange", source, table, chosen);
  }

  /** Sends a request once, as the user's click before the repeated one, and keeps the new count. */
  void apply(AjaxRequest request) {
    Partial answer = client.send(request);
    String wrong = partialError(answer, table, false);
    if (wrong != null) {
      throw new IllegalStateException(wrong);
    }
    count = rowCount(answer.page().body()).orElse(count);
  }

  /** The request repeated, each answer checked: the table's rows (at least one when expected). */
  Scenario.Request repeat(AjaxRequest request, boolean rowsExpected) {
    return () -> partialError(client.send(request), table, rowsExpected);
  }

  static String pageError(Page page, String marker) {
    if (page.status() != 200) {
      return "HTTP " + page.status() + " for " + page.url();
    }
    if (page.url().contains("/login.xhtml") || page.url().contains("/error/")) {
      return "Sent to " + page.url();
    }
    if (!page.body().contains("id=\"" + marker + "\"")) {
      return "No " + marker + " on " + page.url();
    }
    return null;
  }

  static String partialError(Partial answer, String table, boolean rowsExpected) {
    String body = answer.page().body();
    if (answer.page().status() != 200) {
      return "HTTP " + answer.page().status();
    }
    if (!body.contains("<partial-response")) {
      return "Not a partial response: " + abbreviated(body);
    }
    if (body.contains("<error>") || body.contains("<redirect")) {
      return "Error or redirect: " + abbreviated(body);
    }
    if (!body.contains("<update id=\"" + table + "\"")) {
      return "The table " + table + " was not updated: " + abbreviated(body);
    }
    if (rowsExpected && !body.contains("data-ri=\"")) {
      return "No rows in the answer: " + abbreviated(body);
    }
    return null;
  }

  private static String abbreviated(String body) {
    String flat = body.replaceAll("\\s+", " ");
    return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
  }

  private static java.util.OptionalLong rowCount(String body) {
    Matcher total = TOTAL_RECORDS.matcher(body);
    if (total.find()) {
      return java.util.OptionalLong.of(Long.parseLong(total.group(1)));
    }
    Matcher count = ROW_COUNT.matcher(body);
    return count.find()
        ? java.util.OptionalLong.of(Long.parseLong(count.group(1)))
        : java.util.OptionalLong.empty();
  }
}
