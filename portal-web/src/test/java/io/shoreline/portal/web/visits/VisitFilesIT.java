package io.shoreline.portal.web.visits;

import static io.shoreline.portal.testing.DemoLogins.CONTOSO_ADMIN;
import static io.shoreline.portal.testing.DemoLogins.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.testing.Pages;
import io.shoreline.portal.testing.PdfText;
import io.shoreline.portal.testing.WebClient;
import io.shoreline.portal.threads.Notifications;
import io.shoreline.portal.web.isolation.Victims;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A visit's files and its action items as a member of the workspace gets them: Contoso's visit to
 * an Atlas site (see {@link Victims}) with a finding, its photo and an overdue action item.
 */
@ExtendWith(ArquillianExtension.class)
class VisitFilesIT {

  private static final String PRIYA = "priya.shah@contoso.example";

  @ArquillianResource URL base;
  @Inject Victims victims;
  @Inject TenantAccess access;
  @Inject Notifications notifications;
  @Inject Accounts accounts;

  private Map<String, String> ids;
  private WebClient contoso;

  @BeforeEach
  void contosoWithItsVisit() throws Exception {
    ids = victims.ids();
    contoso = signedIn(CONTOSO_ADMIN);
  }

  @Test
  void theReportIsAPdfWithTheFindingsAndActionsMarkedDraftUntilSignedOff() throws Exception {
    HttpResponse<byte[]> pdf = contoso.download("app/visit-report?w=" + w() + "&v=" + visit());

    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(header(pdf, "Content-Type")).startsWith("application/pdf");
    assertThat(header(pdf, "Content-Disposition")).startsWith("attachment; filename=\"visit-");
    assertThat(PdfText.of(pdf.body()))
        .contains("Only members see this", "Retrain the callback team", "Quality", "3 / 5")
        .contains("DRAFT");
  }

  @Test
  void theCalendarFileHasOneEventWithTheVisitsUid() throws Exception {
    HttpResponse<String> ics = contoso.get("app/visit-ics?w=" + w() + "&v=" + visit());

    assertThat(ics.statusCode()).isEqualTo(200);
    assertThat(header(ics, "Content-Type")).startsWith("text/calendar");
    assertThat(header(ics, "Content-Disposition")).contains(".ics");
    assertThat(ics.body())
        .contains("UID:visit-" + w() + "-" + visit() + "@shoreline")
        .contains("SUMMARY:Visit to ")
        .contains("DTSTART:20260310T");
  }

  @Test
  void aPhotoIsShownInlineSandboxedAndNeverSniffed() throws Exception {
    HttpResponse<byte[]> photo =
        contoso.download("app/finding-photo?w=" + w() + "&id=" + ids.get("otherPhoto"));

    assertThat(photo.statusCode()).isEqualTo(200);
    assertThat(header(photo, "Content-Type")).startsWith("image/png");
    assertThat(header(photo, "X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(header(photo, "Content-Security-Policy")).startsWith("sandbox");
    assertThat(header(photo, "Content-Disposition")).startsWith("inline;");
    assertThat(header(photo, "Cache-Control")).startsWith("private");
    assertThat(new String(photo.body(), 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }

  @Test
  void overdueItemsAreMarkedInTheListAndOnTheWorkspaceHome() throws Exception {
    String list = contoso.get("app/action-items.xhtml?w=" + w()).body();
    String home = contoso.get("app/workspace.xhtml?w=" + w()).body();

    assertThat(list)
        .contains("Retrain the callback team")
        .containsPattern("<tr[^>]*class=\"[^\"]*\\boverdue\\b")
        .contains("visit.xhtml?w=" + w() + "&amp;v=" + visit());
    assertThat(home).contains("Overdue action items (").contains("Retrain the callback team");
  }

  @Test
  void theOwnerMovesTheItemButAStaleVersionIsRefused() throws Exception {
    String page = "app/action-item.xhtml?w=" + w() + "&id=" + action();
    assertThat(contoso.get(page).body()).contains("Only members see this");

    HttpResponse<String> moved =
        contoso.submit(page, "move", Map.of("status:status_input", "IN_PROGRESS"));
    HttpResponse<String> stale =
        contoso.submit(page, "move", Map.of("status:status_input", "DONE", "version", "0"));

    assertThat(moved.statusCode()).isEqualTo(302);
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body())
        .contains("Someone changed this in the meantime")
        .doesNotContainPattern(Pages.STACK_FRAME);
    assertThat(contoso.get(page).body()).contains("id=\"current-status\">In progress<");
  }

  @Test
  void commentsAreAddedAndShownAsText() throws Exception {
    String page = "app/action-item.xhtml?w=" + w() + "&id=" + action();

    HttpResponse<String> added =
        contoso.submit(page, "add-comment", Map.of("comment:text", "Booked for <b>Monday</b>"));

    assertThat(added.statusCode()).isEqualTo(302);
    assertThat(contoso.get(page).body()).contains("Booked for &lt;b&gt;Monday&lt;/b&gt;");
  }

  @Test
  void theNewOwnerIsNotifiedAndTheNotificationLeadsToTheItem() throws Exception {
    String page = "app/action-item.xhtml?w=" + w() + "&id=" + action();
    // a viewer could not act on it: Tom is offered as no owner, and a forged choice is refused
    String priyaId = accounts.findByEmail(PRIYA).orElseThrow().getId() + "";
    assertThat(contoso.get(page).body())
        .contains("<option value=\"" + priyaId + "\"")
        .doesNotContain("<option value=\"" + ids.get("otherAccount") + "\"");
    HttpResponse<String> toViewer =
        contoso.submit(page, "reassign", Map.of("reassign:owner_input", ids.get("otherAccount")));
    assertThat(toViewer.statusCode()).isEqualTo(200);
    assertThat(toViewer.body()).contains("ui-messages-error");

    HttpResponse<String> reassigned =
        contoso.submit(page, "reassign", Map.of("reassign:owner_input", priyaId));
    assertThat(reassigned.statusCode()).isEqualTo(302);

    WebClient priya = signedIn(PRIYA);
    assertThat(priya.get("app/notifications.xhtml").body()).contains("gave you the action");
    access.openOrganization(PRIYA);
    long notification = notifications.page(0, 1).get(0).getId();
    HttpResponse<String> opened =
        priya.submit("app/notifications.xhtml", "open", Map.of("id", notification + ""));

    assertThat(opened.statusCode()).isEqualTo(302);
    assertThat(header(opened, "Location"))
        .contains("/app/action-item.xhtml?w=" + w() + "&id=" + action());
  }

  @Test
  void aSitesHistoryChartsItsRatings() throws Exception {
    HttpResponse<String> history =
        contoso.get("app/site-history.xhtml?w=" + w() + "&site=" + ids.get("otherVisitSite"));
    HttpResponse<String> unknown = contoso.get("app/site-history.xhtml?w=" + w() + "&site=999999");

    assertThat(history.statusCode()).isEqualTo(200);
    assertThat(history.body()).contains("Site history:").contains("<canvas").contains("Average");
    assertThat(unknown.statusCode()).isEqualTo(404);
  }

  private String w() {
    return ids.get("otherWorkspace");
  }

  private String visit() {
    return ids.get("otherVisit");
  }

  private String action() {
    return ids.get("otherAction");
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }

  private WebClient signedIn(String email) throws Exception {
    return WebClient.signedIn(base, email, PASSWORD);
  }
}
