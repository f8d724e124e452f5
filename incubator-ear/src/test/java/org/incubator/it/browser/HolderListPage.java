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

  /** Types in the name-or-CIN filter and waits until the table shows the match. */
  public List<String> searchFor(String text, String expectedName) {
    WebElement filter = browser.find(By.cssSelector("#listForm\\:holders\\:name input.ui-column-filter"));
    filter.clear();
    filter.sendKeys(text);
    browser.waitForText(By.id("listForm:holders_data"), expectedName);
    return names();
  }

  public List<String> names() {
    return browser.driver().findElements(By.cssSelector("#listForm\\:holders_data a.holder-link")).stream().map(WebElement::getText).toList();
  }
}
