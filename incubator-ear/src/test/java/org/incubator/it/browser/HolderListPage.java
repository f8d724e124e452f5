package org.incubator.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The register's lazy table. */
public class HolderListPage {

  private final Browser browser;

  public HolderListPage(Browser browser) {
    this.browser = browser;
  }

  public HolderListPage open() {
    browser.open("/applicant/holders.xhtml");
    browser.byId("listForm:holders");
    return this;
  }

  /**
   * Types in the search field above the table and waits until the table shows exactly {@code
   * expected}.
   */
  public void searchFor(String text, List<String> expected) {
    WebElement search = browser.byId("listForm:holders:globalFilter");
    search.clear();
    search.sendKeys(text);
    browser.waitUntil(() -> expected.equals(names()), "the table to show " + expected);
  }

  public List<String> names() {
    return browser
        .driver()
        .findElements(By.cssSelector("#listForm\\:holders_data a.holder-link"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }
}
