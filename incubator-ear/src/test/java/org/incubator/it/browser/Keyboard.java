package org.incubator.it.browser;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A person who uses the keyboard alone: Tab and Shift+Tab, the arrows, Enter and typing, never the
 * mouse. Every move goes to whatever has the focus, as the keys of a real keyboard do.
 */
public final class Keyboard {

  private final Browser browser;

  public Keyboard(Browser browser) {
    this.browser = browser;
  }

  public Keyboard press(CharSequence key) {
    new Actions(browser.driver()).sendKeys(key).perform();
    return this;
  }

  /** Types into what has the focus. */
  public Keyboard type(String text) {
    return press(text);
  }

  public WebElement focused() {
    return browser.driver().switchTo().activeElement();
  }

  /** Presses Tab until the element has the focus; fails, naming the stops passed, after 40. */
  public Keyboard tabTo(By target) {
    return tabTo(target, 40);
  }

  /**
   * The next field of a form: it has the focus after one press of Tab, or two when a button of the
   * field before sits between (a calendar's). So the order of a form is the order it reads in.
   */
  public Keyboard next(By target) {
    return tabTo(target, 2);
  }

  private Keyboard tabTo(By target, int presses) {
    WebElement wanted = browser.find(target);
    List<String> passed = new ArrayList<>();
    for (int press = 0; press < presses; press++) {
      press(Keys.TAB);
      WebElement now = focused();
      if (now.equals(wanted)) {
        return this;
      }
      passed.add(describe(now));
    }
    throw new AssertionError(
        target + " not reached with " + presses + " presses of Tab; the focus went to " + passed);
  }

  /** Moves with an arrow key, at most 20 times, until the element has the focus. */
  public Keyboard arrowTo(By target, Keys arrow) {
    WebElement wanted = browser.find(target);
    for (int press = 0; press < 20 && !focused().equals(wanted); press++) {
      press(arrow);
    }
    if (!focused().equals(wanted)) {
      throw new AssertionError(target + " not reached with " + arrow + ": " + describe(focused()));
    }
    return this;
  }

  /**
   * Picks an option of the focused PrimeFaces select menu with the arrow keys, down and then up, as
   * a person does who runs through the list without opening it.
   */
  public Keyboard choose(String menuId, String value) {
    String menu = focused().getAttribute("id");
    for (Keys arrow : List.of(Keys.ARROW_DOWN, Keys.ARROW_UP)) {
      Object before = null;
      while (!value.equals(selected(menuId)) && !selected(menuId).equals(before)) {
        before = selected(menuId);
        press(arrow);
        settle();
        if (!menu.equals(focused().getAttribute("id"))) {
          throw new AssertionError(menuId + " lost the focus after " + arrow);
        }
      }
    }
    if (!value.equals(selected(menuId))) {
      throw new AssertionError(menuId + " never showed " + value + " with the arrows");
    }
    return this;
  }

  /** Waits for the answer to what the last key sent (a menu that updates the page sends one). */
  private void settle() {
    browser.waitUntil(
        () -> (Boolean) browser.script("return PrimeFaces.ajax.Queue.isEmpty();"),
        "the page answered");
  }

  private Object selected(String menuId) {
    return browser.script("return document.getElementById(arguments[0]).value;", menuId + "_input");
  }

  private static String describe(WebElement element) {
    String id = element.getAttribute("id");
    return element.getTagName()
        + (id == null || id.isEmpty() ? "." + element.getAttribute("class") : "#" + id);
  }
}
