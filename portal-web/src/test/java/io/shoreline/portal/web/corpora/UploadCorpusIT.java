package io.shoreline.portal.web.corpora;

import static io.shoreline.portal.testing.DemoLogins.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.testing.ClientsAndVendor;
import io.shoreline.portal.testing.Pages;
import io.shoreline.portal.testing.WebClient;
import io.shoreline.portal.web.corpora.UploadCases.Case;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hostile upload corpus ({@link UploadCases}) through the pages that take files: a new thread's
 * attachment, and a visit finding's photo. Each file is refused with its message and nothing of the
 * post or the finding is stored, or it is stored as the type its bytes prove and served as that
 * type, never sniffed, sandboxed (an attachment always as a download). A file just over each
 * configured limit (20 MB for attachments, 10 MB for photos) is refused too.
 */
@ExtendWith(ArquillianExtension.class)
class UploadCorpusIT {

  private static final int MEGABYTE = 1024 * 1024;

  @ArquillianResource URL base;
  @Inject UploadTargets targets;

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource database;

  @Test
  @Timeout(90)
  void aThreadsAttachmentIsRefusedWholeOrStoredAsItsBytesProve() throws Exception {
    UploadTargets.Threads threads = targets.threads();
    WebClient alice = WebClient.signedIn(base, threads.alice(), ClientsAndVendor.PASSWORD);
    Uploaded uploaded = new Uploaded(database);
    Mismatches mismatches = new Mismatches();

    for (Case each : UploadCases.all()) {
      String before = uploaded.postsOf(threads.workspace());
      HttpResponse<String> answer =
          startThread(alice, threads.workspace(), each, each.content().get());
      if (each.stored() == null) {
        refused(mismatches, each.toString(), answer, each.refusal());
        mismatches.check(
            () ->
                assertThat(uploaded.postsOf(threads.workspace()))
                    .as(each + " stored")
                    .isEqualTo(before));
      } else {
        mismatches.check(
            () ->
                assertThat(answer.statusCode())
                    .as(each + " answered " + answer.body())
                    .isEqualTo(302));
        Uploaded.File file = uploaded.lastAttachment(threads.workspace());
        mismatches.check(
            () -> assertThat(file.contentType()).as(each + " stored as").isEqualTo(each.stored()));
        mismatches.check(
            () ->
                assertThat(file.name())
                    .as(each + " named")
                    .doesNotContain("/", "\\", "\u202E", "\u0007"));
        served(
            mismatches,
            each + "",
            alice.download("app/attachment?w=" + threads.workspace() + "&id=" + file.id()),
            each.stored(),
            "attachment;");
      }
    }
    mismatches.assertNone();
  }

  @Test
  @Timeout(90)
  void aFindingsPhotoIsRefusedWholeOrStoredAsTheImageItIs() throws Exception {
    UploadTargets.Visit visit = targets.visit();
    WebClient admin = WebClient.signedIn(base, visit.admin(), PASSWORD);
    String page = "app/visit.xhtml?w=" + visit.workspace() + "&v=" + visit.visit();
    String fileField = fileInput(admin.page(page));
    Uploaded uploaded = new Uploaded(database);
    Mismatches mismatches = new Mismatches();

    for (Case each : UploadCases.all()) {
      String before = uploaded.findingsOf(visit.visit());
      HttpResponse<String> answer =
          admin.submitWithFiles(
              page,
              "record",
              finding(each),
              fileField,
              Map.of(each.fileName(), each.content().get()));
      if (each.asPhoto() != null) {
        refused(mismatches, each.toString(), answer, each.asPhoto());
        mismatches.check(
            () ->
                assertThat(uploaded.findingsOf(visit.visit()))
                    .as(each + " stored")
                    .isEqualTo(before));
      } else {
        mismatches.check(
            () ->
                assertThat(answer.statusCode())
                    .as(each + " answered " + answer.body())
                    .isEqualTo(302));
        Uploaded.File photo = uploaded.lastPhoto(visit.visit());
        mismatches.check(
            () -> assertThat(photo.contentType()).as(each + " stored as").isEqualTo(each.stored()));
        served(
            mismatches,
            each + "",
            admin.download("app/finding-photo?w=" + visit.workspace() + "&id=" + photo.id()),
            each.stored(),
            "inline;");
      }
    }
    mismatches.assertNone();
  }

  @Test
  @Timeout(60)
  void aFileJustOverEachLimitIsRefusedAndNothingIsStored() throws Exception {
    UploadTargets.Threads threads = targets.threads();
    WebClient alice = WebClient.signedIn(base, threads.alice(), ClientsAndVendor.PASSWORD);
    UploadTargets.Visit visit = targets.visit();
    WebClient admin = WebClient.signedIn(base, visit.admin(), PASSWORD);
    String page = "app/visit.xhtml?w=" + visit.workspace() + "&v=" + visit.visit();
    Uploaded uploaded = new Uploaded(database);
    Mismatches mismatches = new Mismatches();

    Case attachment = Case.refused("big.txt", () -> text(20 * MEGABYTE + 1), "larger than 20 MB");
    refused(
        mismatches,
        "attachment",
        startThread(alice, threads.workspace(), attachment, text(20 * MEGABYTE + 1)),
        attachment.refusal());
    mismatches.check(() -> assertThat(uploaded.postsOf(threads.workspace())).isEqualTo("0/0/0"));
    byte[] photo = HostileFiles.concat(HostileFiles.image("png"), text(10 * MEGABYTE));
    refused(
        mismatches,
        "photo",
        admin.submitWithFiles(
            page,
            "record",
            finding(attachment),
            fileInput(admin.page(page)),
            Map.of("big.png", photo)),
        "larger than 10 MB");
    mismatches.check(() -> assertThat(uploaded.findingsOf(visit.visit())).isEqualTo("0/0"));
    mismatches.assertNone();
  }

  private static HttpResponse<String> startThread(
      WebClient web, long workspace, Case each, byte[] content) throws Exception {
    String page = "app/threads.xhtml?w=" + workspace;
    Map<String, String> fields =
        Map.of("start:title", "Upload " + each.fileName().length(), "start:body", "See the file.");
    return web.submitWithFiles(
        page, "start-thread", fields, fileInput(web.page(page)), Map.of(each.fileName(), content));
  }

  private static void refused(
      Mismatches mismatches, String what, HttpResponse<String> answer, String phrase) {
    mismatches.check(() -> assertThat(answer.statusCode()).as(what + " answered").isEqualTo(200));
    mismatches.check(
        () ->
            assertThat(answer.body())
                .as(what + " message")
                .contains(phrase)
                .doesNotContainPattern(Pages.STACK_FRAME));
  }

  private static void served(
      Mismatches mismatches,
      String what,
      HttpResponse<byte[]> download,
      String type,
      String disposition) {
    mismatches.check(() -> assertThat(download.statusCode()).as(what + " download").isEqualTo(200));
    mismatches.check(
        () ->
            assertThat(download.headers().firstValue("Content-Type").orElse(""))
                .as(what + " served as")
                .startsWith(type));
    mismatches.check(
        () ->
            assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .as(what)
                .startsWith(disposition));
    mismatches.check(
        () ->
            assertThat(download.headers().firstValue("X-Content-Type-Options").orElse(""))
                .as(what)
                .isEqualTo("nosniff"));
    mismatches.check(
        () ->
            assertThat(download.headers().firstValue("Content-Security-Policy").orElse(""))
                .as(what)
                .startsWith("sandbox"));
  }

  private static Map<String, String> finding(Case each) {
    return Map.of(
        "finding:area_input", "FACILITIES",
        "finding:severity_input", "LOW",
        "finding:text", "Photo " + each.fileName().length());
  }

  /** The name of the record form's file input. */
  private static String fileInput(String page) {
    Matcher input = Pattern.compile("<input[^>]*type=\"file\"[^>]*>").matcher(page);
    assertThat(input.find()).isTrue();
    Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(input.group());
    assertThat(name.find()).isTrue();
    return name.group(1);
  }

  private static byte[] text(int length) {
    byte[] text = new byte[length];
    java.util.Arrays.fill(text, (byte) 'a');
    return text;
  }
}
