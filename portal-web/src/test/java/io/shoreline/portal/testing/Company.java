package io.shoreline.portal.testing;

import java.util.UUID;
import org.openqa.selenium.By;

/**
 * A company that signs up through the sign-up page, with names of its own so that tests never meet
 * each other's data.
 */
public record Company(String name, String slug, String adminName, String adminEmail) {

  public static final String PASSWORD = "harbour lights at dawn";

  /**
   * A new company: "Harbour 1a2b3c" with slug "harbour-1a2b3c", admin admin@harbour-1a2b3c.test.
   */
  public static Company fresh(String word) {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String slug = word.toLowerCase() + "-" + run;
    return new Company(word + " " + run, slug, "Admin " + run, "admin@" + slug + ".test");
  }

  public Company withSlug(String otherSlug) {
    return new Company(name, otherSlug, adminName, adminEmail);
  }

  public Company withAdmin(String name, String email) {
    return new Company(this.name, slug, name, email);
  }

  /** Fills in the sign-up form as a person would and submits it; the page after is the result. */
  public Browser signUp(Browser browser, String kind) {
    browser.open("signup.xhtml");
    fillIn(browser, kind, PASSWORD);
    return browser.submit("#signup\\:submit");
  }

  /** Fills in every field of the open sign-up page; the slug is typed over the suggestion. */
  public void fillIn(Browser browser, String kind, String confirmation) {
    browser.type("#signup\\:name", name);
    browser.waitUntil(d -> !d.findElement(By.id("signup:slug")).getAttribute("value").isEmpty());
    browser.waitForAjax(); // a later keystroke's suggestion may still be on its way
    browser
        .type("#signup\\:slug", slug)
        .click("label[for='signup:kind:" + ("VENDOR".equals(kind) ? 1 : 0) + "']")
        .type("#signup\\:admin-name", adminName)
        .type("#signup\\:email", adminEmail)
        .type("#signup\\:password", PASSWORD)
        .type("#signup\\:confirmation", confirmation);
  }
}
