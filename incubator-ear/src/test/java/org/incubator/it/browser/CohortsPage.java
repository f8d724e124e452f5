package org.incubator.it.browser;

import org.openqa.selenium.By;

/** The training's list of cohorts, turned page by page as a person would to find one. */
final class CohortsPage {

  private CohortsPage() {}

  /** Opens the cohort of this name from the list. */
  static void openCohort(Browser browser, String name) {
    browser.open("/training/cohorts.xhtml");
    browser.find(By.id("cohortsForm:cohorts"));
    for (int page = 0; page < 20; page++) {
      if (!browser.driver().findElements(By.linkText(name)).isEmpty()) {
        browser.clickOn(By.linkText(name));
        browser.find(By.id("calendarForm"));
        return;
      }
      String first = browser.find(By.cssSelector("#cohortsForm\\:cohorts a.cohort-link")).getText();
      browser.clickOn(By.cssSelector("#cohortsForm\\:cohorts .ui-paginator-next"));
      browser.waitUntil(
          () ->
              !browser
                  .find(By.cssSelector("#cohortsForm\\:cohorts a.cohort-link"))
                  .getText()
                  .equals(first),
          "the next page of cohorts");
    }
    throw new AssertionError(name + " is not in the list");
  }
}
