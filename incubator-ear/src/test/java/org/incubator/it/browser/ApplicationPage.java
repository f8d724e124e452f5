package org.incubator.it.browser;

import org.openqa.selenium.By;

/** A mentor's page of one application: marks, shortlisting, the committee's decision. */
public class ApplicationPage {

  private final Browser browser;

  public ApplicationPage(Browser browser) {
    this.browser = browser;
    browser.byId("status");
  }

  public void mark(String vulnerability, String skills, String viability, String interview) {
    browser.type("markVulnerability", vulnerability);
    browser.type("markSkills", skills);
    browser.type("markViability", viability);
    browser.type("markInterview", interview);
    browser.click("saveScore");
  }

  public String status() {
    return browser.byId("status").getText();
  }

  public String total() {
    return browser.byId("total").getText();
  }

  public void waitForStatus(String label) {
    browser.waitForText(By.id("status"), label);
  }

  public void shortlist() {
    browser.click("shortlist");
  }

  /** Picks the cohort whose option starts with this name, then admits. */
  public void admitInto(String cohortName) {
    String value =
        (String)
            browser.script(
                "return Array.from(document.querySelectorAll('#cohort_input option')).find(o =>"
                    + " o.textContent.startsWith(arguments[0])).value;",
                cohortName);
    browser.choose("cohort", value);
    browser.click("admit");
  }

  /**
   * Proposes the admission into the cohort with the mentor who will lead the person, found by
   * typing the start of their name and picked by their user name.
   */
  public void admitInto(String cohortName, String typed, String leadMentor) {
    browser.pick("proposedLeadMentor", typed, leadMentor);
    browser.waitUntil(
        () -> leadMentor.equals(browser.picked("proposedLeadMentor")), leadMentor + " picked");
    admitInto(cohortName);
  }
}
