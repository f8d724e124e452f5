package org.incubator.it.benchmark;

import org.incubator.it.web.FacesClient;

/**
 * One thing many signed-in users do again and again on one page: each user opens the page once
 * ({@link Opening}), then repeats the same request, whose answer is checked every time.
 *
 * @param page the page, as the report names it
 * @param action what is repeated (a full GET, paging to the last page, sorting by a column…)
 * @param role the staff role whose users do it: {@code mentor}, {@code reviewer} or {@code admin}
 * @param kind which targets the scenario is held to
 */
record Scenario(String page, String action, String role, Kind kind, Opening opening) {

  /** Which targets apply. */
  enum Kind {
    /** The lightest page of the application: the 404 page, with the whole layout and no data. */
    LIGHT,
    /** A list page opened in full (a GET). */
    FULL_GET,
    /**
     * A page about one thing (a cohort, a person, a kit, one's own home) opened in full: held to a
     * number of statements bounded and constant in the data (issue 11), which the runs at two sizes
     * compare; the lists' ratios are not its targets.
     */
    DETAIL,
    /** A list's own AJAX request: paging, sorting, filtering. */
    TABLE,
    /** The register searched by a name or a CIN. */
    SEARCH
  }

  /** Opens the page as this signed-in user and returns the request the user then repeats. */
  @FunctionalInterface
  interface Opening {
    Request open(FacesClient client);
  }

  /** A request sent again; answers null when the answer was right, else what was wrong. */
  @FunctionalInterface
  interface Request {
    String send();
  }
}
