package org.incubator.it.browser;

import org.openqa.selenium.By;

/** The layout around every page: language switch, signed-in person, sign-out. */
public class Shell {

  private final Browser browser;

  public Shell(Browser browser) {
    this.browser = browser;
  }

  /** Switches the language from the header and waits for the page to come back in it. */
  public void switchTo(String language) {
    browser.find(By.cssSelector(".app-language[lang='" + language + "']")).click();
    browser.find(By.cssSelector("html[lang='" + language + "']"));
  }

  public String direction() {
    return browser.htmlAttribute("dir");
  }

  public String language() {
    return browser.htmlAttribute("lang");
  }

  public void signOut() {
    browser.click("shellForm:signOut");
    browser.waitForUrl("/login.xhtml");
  }
}
