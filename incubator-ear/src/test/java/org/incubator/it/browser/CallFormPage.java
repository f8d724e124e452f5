package org.incubator.it.browser;

import org.openqa.selenium.By;

/** The administrator's page that opens or edits a call for applications. */
public class CallFormPage {

  private final Browser browser;

  public CallFormPage(Browser browser) {
    this.browser = browser;
  }

  public CallFormPage openNew() {
    browser.open("/selection/call-form.xhtml");
    browser.byId("name");
    return this;
  }

  public CallFormPage fill(
      String name,
      String opensOn,
      String closesOn,
      String places,
      String provinceLabel,
      String incomeCeiling) {
    browser.type("name", name);
    browser.typeDate("opensOn", opensOn);
    browser.typeDate("closesOn", closesOn);
    browser.type("places", places);
    browser.checkInMenu("provinceCodes", provinceLabel);
    browser.type("minAge", "18");
    browser.type("maxAge", "35");
    browser.type("incomeCeilingPerPerson", incomeCeiling);
    return this;
  }

  public void save() {
    browser.click("save");
  }

  public void saveAndReturnToTheList() {
    save();
    browser.waitForUrl("/selection/calls.xhtml");
    browser.byId("callsForm:calls");
  }

  public String messageOf(String field) {
    return browser.find(By.id(field + "Message")).getText();
  }
}
