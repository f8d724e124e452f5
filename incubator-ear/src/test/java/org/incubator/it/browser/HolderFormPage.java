package org.incubator.it.browser;

import org.openqa.selenium.By;

/** The page that registers or edits a project holder. Field ids are the form's own (no prefix). */
public class HolderFormPage {

  private final Browser browser;

  public HolderFormPage(Browser browser) {
    this.browser = browser;
  }

  public HolderFormPage openNew() {
    browser.open("/applicant/holder-form.xhtml");
    browser.byId("firstName");
    return this;
  }

  /** Fills every field with a valid holder; tests then spoil what they are about. */
  public HolderFormPage fillValid(String cin, String firstName, String lastName) {
    browser.type("firstName", firstName);
    browser.type("lastName", lastName);
    browser.type("cin", cin);
    browser.typeDate("birthDate", "17/05/2000");
    browser.choose("gender", "FEMALE");
    browser.type("phone", "0661234567");
    browser.type("addressLine", "12 Rue Ibn Battouta");
    browser.type("commune", "Sidi Moumen");
    browser.choose("provinceCode", "CASABLANCA");
    browser.type("householdSize", "5");
    browser.type("monthlyIncome", "2500");
    browser.choose("education", "VOCATIONAL");
    browser.type("experienceYears", "3");
    browser.type("skills", "Couture");
    browser.type("projectTitle", "Atelier de couture");
    browser.choose("trade", "SEWING_TEXTILE");
    browser.type("estimatedBudget", "30000");
    browser.type("ownContribution", "3000");
    return this;
  }

  public void save() {
    browser.click("save");
  }

  /** Saves and waits for the holder's own page. */
  public void saveAndOpenHolder() {
    save();
    browser.waitForUrl("/applicant/holder.xhtml");
    browser.byId("holderName");
  }

  public String messageOf(String field) {
    return browser.find(By.id(field + "Message")).getText();
  }

  public String valueOf(String field) {
    return browser.byId(field).getAttribute("value");
  }
}
