package io.shoreline.portal.testing;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * PrimeFaces widgets driven as a person uses them: menus opened and an item clicked, suggestions
 * typed for and picked, confirmation dialogs answered. Components are named by client id
 * ("form:table:0:remove").
 */
public final class Widgets {

  private Widgets() {}

  /** The CSS selector of a client id. */
  public static String css(String clientId) {
    return "#" + clientId.replace(":", "\\:");
  }

  public static boolean exists(Browser browser, String clientId) {
    return !browser.driver().findElements(By.cssSelector(css(clientId))).isEmpty();
  }

  /** Opens a p:selectOneMenu and clicks the item with this label. */
  public static void choose(Browser browser, String menuId, String label) {
    browser.click(css(menuId));
    shown(browser, menuId + "_panel");
    browser.click(css(menuId + "_items") + " li[data-label='" + label + "']");
    browser.waitUntil(ExpectedConditions.textToBe(By.cssSelector(css(menuId + "_label")), label));
    // the panel closes with a transition; a click on another menu meanwhile can be swallowed
    browser.waitUntil(
        ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css(menuId + "_panel"))));
  }

  /** Types into a p:autoComplete and answers the suggestions it shows. */
  public static List<String> suggestions(Browser browser, String autoCompleteId, String typed) {
    browser.type(css(autoCompleteId + "_input"), typed);
    By items = By.cssSelector(css(autoCompleteId + "_panel") + " li.ui-autocomplete-item");
    shown(browser, autoCompleteId + "_panel");
    browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(items));
    return browser.driver().findElements(items).stream().map(WebElement::getText).toList();
  }

  /** Clicks the shown suggestion that contains the text. */
  public static void pick(Browser browser, String autoCompleteId, String text) {
    browser
        .driver()
        .findElements(By.cssSelector(css(autoCompleteId + "_panel") + " li.ui-autocomplete-item"))
        .stream()
        .filter(item -> item.getText().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no suggestion " + text))
        .click();
  }

  /**
   * Chooses a file in a p:fileUpload (mode "simple"), as a person picking it in the file dialog:
   * the real file input is hidden inside the styled button, and takes the path as typed keys.
   */
  public static void attach(Browser browser, String fileUploadId, Path file) {
    browser
        .waitUntil(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("input[type='file'][id^='" + fileUploadId + "']")))
        .sendKeys(file.toAbsolutePath().toString());
  }

  /** Replaces a p:inputNumber's value as typed (its script formats the field). */
  public static void typeNumber(Browser browser, String inputId, String digits) {
    WebElement field = browser.find(css(inputId + "_input"));
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    field.sendKeys(digits, Keys.TAB);
  }

  /** Clicks a button guarded by p:confirm, then the dialog's "yes" (a page load follows). */
  public static void confirm(Browser browser, String buttonId, String formId) {
    browser.click(css(buttonId));
    browser.submit(css(formId + ":confirm-yes"));
  }

  /** Clicks a button guarded by p:confirm, then the dialog's "no". */
  public static void dismiss(Browser browser, String buttonId, String formId) {
    browser.click(css(buttonId));
    browser.click(css(formId + ":confirm-no"));
    browser.waitUntil(
        ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
  }

  /**
   * Waits until the page has loaded and PrimeFaces has no Ajax request queued or running, such as
   * one the page sends by itself as it opens.
   */
  public static void idle(Browser browser) {
    browser.waitUntil(
        driver ->
            (Boolean)
                ((JavascriptExecutor) driver)
                    .executeScript(
                        "return document.readyState === 'complete' && !!window.PrimeFaces"
                            + " && PrimeFaces.ajax.Queue.isEmpty() && jQuery.active === 0;"));
  }

  /** Waits until an overlay panel has finished opening: a click during its animation is lost. */
  private static void shown(Browser browser, String panelId) {
    browser.waitUntil(
        ExpectedConditions.attributeContains(
            By.cssSelector(css(panelId)), "class", "ui-connected-overlay-enter-done"));
  }

  /** The index of the first row of a p:dataTable that shows the text. */
  public static int row(Browser browser, String tableId, String text) {
    return browser.driver().findElements(By.cssSelector(css(tableId + "_data") + " > tr")).stream()
        .filter(row -> row.getText().contains(text))
        .map(row -> Integer.parseInt(row.getAttribute("data-ri")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row with " + text + " in " + tableId));
  }

  /** The text of a p:dataTable's row. */
  public static String rowText(Browser browser, String tableId, int row) {
    return browser.text(css(tableId + "_data") + " > tr[data-ri='" + row + "']");
  }
}
