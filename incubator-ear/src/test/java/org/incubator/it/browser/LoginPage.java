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

  /** Opens the sign-in page and picks the language there, as a person does first. */
  public LoginPage openIn(String language) {
    open();
    new Shell(browser).switchTo(language);
    return this;
  }

  /** Opens the sign-in page, picks the language there, and signs in with a demo account. */
  public void signInAs(String username, String language) {
    openIn(language).signInAs(username);
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
