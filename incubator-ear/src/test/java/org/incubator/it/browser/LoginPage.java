package org.incubator.it.browser;

/** The sign-in page. */
public class LoginPage {

  public static final String DEMO_PASSWORD = "Incubator-2026";

  private final Browser browser;

  public LoginPage(Browser browser) {
    this.browser = browser;
  }

  public LoginPage open() {
    browser.open("/login.xhtml");
    browser.byId("loginForm:username");
    return this;
  }

  public void signInAs(String username) {
    signIn(username, DEMO_PASSWORD);
    browser.waitForUrl("/home/");
  }

  public void signIn(String username, String password) {
    browser.type("loginForm:username", username);
    browser.type("loginForm:password", password);
    browser.click("loginForm:signIn");
  }
}
