package io.shoreline.portal.web.threads;

import static io.shoreline.portal.testing.DemoLogins.ATLAS_ADMIN;
import static io.shoreline.portal.testing.Widgets.css;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.testing.Browser;
import io.shoreline.portal.testing.BrowserJourney;
import io.shoreline.portal.testing.Mailbox;
import io.shoreline.portal.testing.Visitors;
import io.shoreline.portal.testing.Widgets;
import jakarta.mail.internet.MimeMessage;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The threads issue's journey in two Chromium sessions at once: a client manager starts a thread
 * mentioning the vendor's coordinator, whose open list shows it live; she replies with a picture,
 * which appears live on his open thread page with her "seen by" on his post; search finds the
 * thread by a word of the reply; she was notified in the portal and by mail.
 */
@BrowserJourney
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ThreadsJourneyIT {

  private static final String WORKSPACE = "Northwind Retail – Atlas Contact Centres";
  private static final String LUC = "luc.martin@northwind.example";

  @ArquillianResource URL base;

  @TempDir Path files;

  @Test
  void mentionLiveListReplyWithPictureLiveThreadSeenBySearchAndNotifications() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String title = "Rota for week 12 " + run;
    String word = "kestrel" + run; // one word of the reply only: what search must find
    Path picture = png(files.resolve("rota-" + run + ".png"));
    try (Mailbox mailbox = Mailbox.start();
        Visitors people = new Visitors(base)) {
      String w = people.demoWorkspaces().get(WORKSPACE);
      assertThat(w).as("demo workspace id").isNotNull();

      // the vendor's coordinator has the workspace's threads open
      Browser amina = people.browser(ATLAS_ADMIN);
      amina.open("app/threads.xhtml?w=" + w);
      amina.find(css("list:threads"));
      live(amina);

      // the client's manager starts a thread that mentions her
      Browser luc = people.browser(LUC);
      luc.open("app/threads.xhtml?w=" + w)
          .type(css("start:title"), title)
          .type(css("start:body"), "Hello @" + ATLAS_ADMIN + ", is the rota final?")
          .submit(css("start:start-thread"))
          .waitForPath("/app/thread.xhtml")
          .waitForText("#thread-title", title);
      String t = luc.driver().getCurrentUrl().replaceAll(".*[?&]t=(\\d+).*", "$1");
      assertThat(luc.text("#post-1 .post-author")).isEqualTo("Luc Martin");
      assertThat(luc.text("#post-1 .post-body")).contains("Amina Haddad", "is the rota final?");

      // ... and it appears in her list without a reload
      WebElement listed =
          amina.waitUntil(ExpectedConditions.elementToBeClickable(By.linkText(title)));
      assertThat(Widgets.rowText(amina, "list:threads", Widgets.row(amina, "list:threads", title)))
          .contains("General");
      assertThat(unreadBadges(amina, title)).isEqualTo(1);
      listed.click();
      amina.waitForPath("/app/thread.xhtml").waitForText("#thread-title", title);
      assertThat(amina.text("#post-1 .post-body")).contains("Amina Haddad");

      // the page marks what she read as it opens: back on the list, the thread is read
      Widgets.idle(amina);
      amina.submit("#all-threads").find(css("list:threads"));
      assertThat(unreadBadges(amina, title)).isZero();
      amina.driver().findElement(By.linkText(title)).click();
      amina.waitForText("#thread-title", title);

      // she replies with a picture
      live(luc);
      amina.type(css("compose:body"), "Final: the " + word + " pattern, see the picture.");
      Widgets.attach(amina, "compose:files", picture);
      amina.submit(css("compose:send")).waitForPath("/app/thread.xhtml");
      assertThat(amina.text("#post-2 .post-body")).contains(word);

      // the reply appears on his open page without a reload, with her receipt on his post
      luc.waitUntil(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("#post-2 .post-author"), "Amina Haddad"));
      assertThat(luc.text("#post-2 .post-body")).contains(word);
      luc.waitUntil(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("#post-1 .post-seen"), "Amina Haddad (Atlas Contact Centres)"));
      assertThat(luc.text("#post-1 .post-seen")).startsWith("Vu par"); // Luc reads French
      WebElement preview = luc.find("#post-2 img.post-image");
      luc.waitUntil(d -> loaded(luc, preview));
      String href = luc.find("#post-2 a.post-file").getAttribute("href");
      assertThat(luc.text("#post-2 a.post-file")).isEqualTo(picture.getFileName().toString());
      HttpResponse<byte[]> file = luc.fetch(href);
      assertThat(file.statusCode()).isEqualTo(200);
      assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
      assertThat(file.headers().firstValue("Content-Disposition").orElse(""))
          .startsWith("attachment;");
      assertThat(file.body()).isEqualTo(Files.readAllBytes(picture));

      // search from the threads page finds the thread by a word of the reply
      luc.submit("#all-threads").waitForPath("/app/threads.xhtml");
      luc.type("#q", word).submit("#search-go");
      assertThat(luc.text("#results a.hit-thread")).isEqualTo(title);
      assertThat(luc.text("#results .hit-excerpt")).contains(word);

      // she was told in the portal ...
      amina.submit(css("shell:nav-notifications") + " a").waitForPath("/app/notifications.xhtml");
      assertThat(amina.text(css("inbox:notifications")))
          .contains("Luc Martin mentioned you in \"" + title + "\"");

      // ... and by mail
      MimeMessage mail = mailbox.mailTo(ATLAS_ADMIN);
      assertThat(mail.getSubject()).isEqualTo("Luc Martin mentioned you in \"" + title + "\"");
      assertThat(Mailbox.text(mail))
          .contains(
              "Hello Amina Haddad", title, "/app/thread.xhtml?w=" + w + "&t=" + t + "#post-1");
    }
  }

  /** How many unread badges the thread's row in the open threads list shows (0 or 1). */
  private static int unreadBadges(Browser browser, String title) {
    int row = Widgets.row(browser, "list:threads", title);
    return browser
        .driver()
        .findElements(
            By.cssSelector(css("list:threads_data") + " > tr[data-ri='" + row + "'] .unread-badge"))
        .size();
  }

  /** Whether the browser has loaded and decoded the image: its src answered with a picture. */
  private static boolean loaded(Browser browser, WebElement image) {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0;", image));
  }

  /** A small real PNG: a 16×16 square. */
  private static Path png(Path file) throws Exception {
    BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
    image.getGraphics().fillRect(4, 4, 8, 8);
    ImageIO.write(image, "png", file.toFile());
    return file;
  }

  /** Until the page's live updates are connected: a post before that would not reach it live. */
  private static void live(Browser browser) {
    browser.waitUntil(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("html[data-live='on']")));
  }
}
