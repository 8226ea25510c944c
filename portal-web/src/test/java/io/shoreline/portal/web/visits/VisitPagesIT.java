package io.shoreline.portal.web.visits;

import static io.shoreline.portal.testing.DemoLogins.ATLAS_ADMIN;
import static io.shoreline.portal.testing.DemoLogins.NORTHWIND_ADMIN;
import static io.shoreline.portal.testing.DemoLogins.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.testing.Pages;
import io.shoreline.portal.testing.WebClient;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The visit pages over HTTP, as Northwind's and Atlas's coordinators in their workspace: plan a
 * visit, fill its report, send it to review, sign it off on both sides; then the report is read
 * only. Refusals come back as messages on the same page, and change nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VisitPagesIT {

  private static final Pattern WORKSPACE_LINK =
      Pattern.compile("href=\"/app/workspace\\.xhtml\\?w=(\\d+)\"[^>]*>([^<]+)</a>");
  private static final Pattern VISIT_LOCATION =
      Pattern.compile("/app/visit\\.xhtml\\?.*\\bv=(\\d+)");

  @ArquillianResource URL base;
  private WebClient claire;
  private String w;

  @BeforeEach
  void signIn() throws Exception {
    claire = signedIn(NORTHWIND_ADMIN);
    Matcher link = WORKSPACE_LINK.matcher(claire.get("app/home.xhtml").body());
    assertThat(link.find()).isTrue();
    w = link.group(1);
  }

  @Test
  void listAndPlanPagesShowTheSitesZoneAndRefuseAnEndBeforeTheStart() throws Exception {
    assertThat(claire.get("app/workspace.xhtml?w=" + w).body()).contains("id=\"visits\"");
    HttpResponse<String> list = ok("app/visits.xhtml?w=" + w);
    assertThat(list.body()).contains("id=\"plan-visit\"", "calendar:schedule", "list:visits");
    String form = ok("app/visit-plan.xhtml?w=" + w).body();
    assertThat(form).contains("Times at the site (Africa/Casablanca)");
    HttpResponse<String> otherSite =
        ajax(
            "app/visit-plan.xhtml?w=" + w,
            "plan:site",
            "plan:start-zone plan:end-zone",
            Map.of(
                "plan", "plan",
                "plan:site_input", optionValue(form, "plan:site_input", "Manila"),
                "jakarta.faces.behavior.event", "change"));
    assertThat(otherSite.body()).contains("Times at the site (Asia/Manila)");

    HttpResponse<String> refused =
        claire.submit(
            "app/visit-plan.xhtml?w=" + w,
            "save",
            plan("Refused visit", "2027-03-10 09:00", "2027-03-10 08:00"));

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("The visit must end after it starts.");
    assertThat(ok("app/visits.xhtml?w=" + w).body()).doesNotContain("Refused visit");
  }

  @Test
  void aVisitIsPlannedReportedSignedOffByBothSidesAndThenReadOnly() throws Exception {
    String purpose = "Quarterly visit " + UUID.randomUUID();
    HttpResponse<String> planned =
        claire.submit(
            "app/visit-plan.xhtml?w=" + w,
            "save",
            plan(purpose, "2027-03-10 09:00", "2027-03-10 17:00"));
    assertThat(planned.statusCode()).as(planned.body()).isEqualTo(302);
    String redirect = planned.headers().firstValue("Location").orElse("");
    Matcher location = VISIT_LOCATION.matcher(redirect);
    assertThat(location.find()).as(redirect).isTrue();
    String visit = "app/visit.xhtml?w=" + w + "&v=" + location.group(1);
    assertThat(ok(visit).body())
        .contains(purpose, "Visit planned.", "Casablanca", "(Africa/Casablanca)", "(Europe/Paris)");

    String replan = "app/visit-plan.xhtml?w=" + w + "&v=" + location.group(1);
    assertThat(ok(replan).body()).contains(purpose, "2027-03-10 09:00");
    done(claire.submit(replan, "save", Map.of("plan:purpose", purpose + ", replanned")));
    assertThat(ok(visit).body()).contains(purpose + ", replanned", "Plan changed.");
    HttpResponse<String> stalePlan =
        claire.submit(replan, "save", Map.of("version", "0", "plan:purpose", "Lost plan"));
    assertThat(stalePlan.body()).contains("Someone changed this in the meantime");

    done(claire.submit(visit, "add-item", Map.of("agenda:text", "Floor tour")));
    done(
        claire.submit(
            visit,
            "record",
            Map.of(
                "finding:area_input", "QUALITY",
                "finding:severity_input", "HIGH",
                "finding:text", "Scripts are outdated")));
    String page = ok(visit).body();
    assertThat(page).contains("Floor tour", "Scripts are outdated");

    HttpResponse<String> stale =
        claire.submit(
            visit,
            "save-finding",
            Map.of("version", "99", "area", "QUALITY", "severity", "LOW", "text", "Lost update"));
    assertThat(stale.body()).contains("Someone changed this in the meantime");
    assertThat(ok(visit).body()).doesNotContain("Lost update");

    done(claire.submit(visit, "save-ratings", Map.of("ratings:areas:1:score", "4")));
    done(
        claire.submit(
            visit,
            "add-action",
            Map.of(
                "action:title", "Rewrite the scripts",
                "action:owner_input", optionValue(ok(visit).body(), "action:owner_input", "Amina"),
                "action:due_input", "2027-04-01")));
    done(claire.submit(visit, "save-notes", Map.of("notes:text", "Good visit overall")));
    page = ok(visit).body();
    assertThat(page).contains("Rewrite the scripts", "Amina Haddad", "Good visit overall");
    assertThat(page).contains("report-pdf", "visit-ics");

    done(claire.submit(visit, "send-to-review", Map.of()));
    page = ok(visit).body();
    assertThat(page).contains("in-review", "workflow:sign-off").doesNotContain("agenda:add-item");
    done(claire.submit(visit, "sign-off", Map.of()));
    assertThat(ok(visit).body()).doesNotContain("workflow:sign-off");

    WebClient amina = signedIn(ATLAS_ADMIN);
    assertThat(amina.get("app/notifications.xhtml").body())
        .contains("Claire Dubois gave you the action \"Rewrite the scripts\"");
    done(amina.submit(visit, "sign-off", Map.of()));
    page = ok(visit).body();
    assertThat(page)
        .contains("signed-off", "Claire Dubois", "Amina Haddad", "amend:add-amendment")
        .doesNotContain("agenda:add-item", "finding:record", "ratings:save-ratings")
        .doesNotContain("action:add-action", "notes:save-notes", "workflow:");

    done(claire.submit(visit, "add-amendment", Map.of("amend:text", "Also saw the training room")));
    assertThat(ok(visit).body()).contains("Also saw the training room", "sign-amendment");

    // crafted requests: the forms of an open visit, posted naming the signed one, change nothing
    // (Faces processes no form the signed report does not render; the domain refuses them too,
    // with visits.signedOff: VisitsIT)
    String signed = location.group(1);
    HttpResponse<String> other =
        claire.submit(
            "app/visit-plan.xhtml?w=" + w,
            "save",
            plan("Open visit " + UUID.randomUUID(), "2027-04-10 09:00", "2027-04-10 12:00"));
    Matcher otherLocation = VISIT_LOCATION.matcher(other.headers().firstValue("Location").get());
    assertThat(otherLocation.find()).isTrue();
    String open = "app/visit.xhtml?w=" + w + "&v=" + otherLocation.group(1);
    for (var crafted :
        List.of(
            claire.submit(open, "add-item", Map.of("v", signed, "agenda:text", "Sneaked in")),
            claire.submit(open, "save-notes", Map.of("v", signed, "notes:text", "Sneaked in")),
            claire.submit(open, "save-ratings", Map.of("v", signed, "ratings:areas:1:score", "1")),
            claire.submit(
                open,
                "record",
                Map.of(
                    "v", signed,
                    "finding:area_input", "BRAND",
                    "finding:severity_input", "LOW",
                    "finding:text", "Sneaked in")))) {
      assertThat(crafted.statusCode()).isEqualTo(200);
      assertThat(crafted.body()).contains("signed-off").doesNotContain("Sneaked in");
    }
    assertThat(ok(visit).body())
        .doesNotContain("Sneaked in")
        .contains("4 / 5", "Good visit overall");
  }

  @Test
  void theCalendarShowsTheVisitsOfItsWindowInTheViewersZone() throws Exception {
    String purpose = "Calendar visit " + UUID.randomUUID();
    // 10:00 in Casablanca (UTC+1) is 11:00 for Claire in Paris (UTC+2 in May)
    HttpResponse<String> planned =
        claire.submit(
            "app/visit-plan.xhtml?w=" + w,
            "save",
            plan(purpose, "2027-05-12 10:00", "2027-05-12 16:00"));
    Matcher location = VISIT_LOCATION.matcher(planned.headers().firstValue("Location").orElse(""));
    assertThat(location.find()).isTrue();
    Map<String, String> fetch = new HashMap<>();
    fetch.put("calendar:schedule", "calendar:schedule");
    fetch.put("calendar:schedule_event", "true");
    fetch.put("calendar:schedule_start", "2027-05-01T00:00:00Z");
    fetch.put("calendar:schedule_end", "2027-06-01T00:00:00Z");
    fetch.put("calendar", "calendar");

    HttpResponse<String> events =
        ajax("app/visits.xhtml?w=" + w, "calendar:schedule", "calendar:schedule", fetch);

    assertThat(events.statusCode()).isEqualTo(200);
    assertThat(events.body())
        .contains("Casablanca", "2027-05-12T11:00", "v=" + location.group(1))
        .doesNotContainPattern(Pages.STACK_FRAME);
  }

  @Test
  void aFindingKeepsItsPhotosAndAFileThatIsNoImageIsRefused() throws Exception {
    HttpResponse<String> planned =
        claire.submit(
            "app/visit-plan.xhtml?w=" + w,
            "save",
            plan("Photo visit " + UUID.randomUUID(), "2027-06-01 09:00", "2027-06-01 12:00"));
    Matcher location = VISIT_LOCATION.matcher(planned.headers().firstValue("Location").orElse(""));
    assertThat(location.find()).isTrue();
    String visit = "app/visit.xhtml?w=" + w + "&v=" + location.group(1);
    String fileField = fileInput(ok(visit).body());

    HttpResponse<String> notAnImage =
        claire.submitWithFiles(
            visit,
            "record",
            finding("Posters are torn"),
            fileField,
            Map.of("poster.png", "not a picture at all".getBytes(StandardCharsets.UTF_8)));
    assertThat(notAnImage.statusCode()).isEqualTo(200);
    assertThat(notAnImage.body()).contains("not an image: nothing was recorded");
    assertThat(ok(visit).body()).doesNotContain("Posters are torn");

    done(
        claire.submitWithFiles(
            visit,
            "record",
            finding("Posters are torn"),
            fileField,
            Map.of("poster.png", png(), "wall.png", png())));
    String page = ok(visit).body();
    assertThat(page).contains("Posters are torn", "Finding recorded.");
    assertThat(
            Pattern.compile(
                    "class=\"finding-photo\" src=\"/app/finding-photo\\?w=" + w + "&amp;id=\\d+\"")
                .matcher(page)
                .results()
                .count())
        .isEqualTo(2);
  }

  private static Map<String, String> finding(String text) {
    return Map.of(
        "finding:area_input", "FACILITIES", "finding:severity_input", "LOW", "finding:text", text);
  }

  /** The name of the record form's file input. */
  private static String fileInput(String page) {
    Matcher input = Pattern.compile("<input[^>]*type=\"file\"[^>]*>").matcher(page);
    assertThat(input.find()).isTrue();
    Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(input.group());
    assertThat(name.find()).isTrue();
    return name.group(1);
  }

  /** A small real PNG. */
  private static byte[] png() throws Exception {
    BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageIO.write(image, "png", bytes);
    return bytes.toByteArray();
  }

  /** A PrimeFaces Ajax request of the page's component, as its script sends it. */
  private HttpResponse<String> ajax(
      String path, String source, String render, Map<String, String> fields) throws Exception {
    String page = ok(path).body();
    Matcher viewState =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
    Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(page);
    assertThat(viewState.find() && nonce.find()).isTrue();
    Map<String, String> request = new HashMap<>(fields);
    request.put("jakarta.faces.partial.ajax", "true");
    request.put("jakarta.faces.source", source);
    request.put("jakarta.faces.partial.execute", source);
    request.put("jakarta.faces.partial.render", render);
    request.put("jakarta.faces.ViewState", viewState.group(1));
    request.put("primefaces.nonce", nonce.group(1));
    request.put("w", w);
    return claire.post(path, request);
  }

  /** The plan form's fields: the first site, Claire as the visitor, Amina as the host. */
  private Map<String, String> plan(String purpose, String start, String end) throws Exception {
    String form = ok("app/visit-plan.xhtml?w=" + w).body();
    Map<String, String> fields = new HashMap<>();
    fields.put("plan:start_input", start);
    fields.put("plan:end_input", end);
    fields.put("plan:purpose", purpose);
    fields.put("plan:visitors", checkboxValue(form, "plan:visitors", "Claire"));
    fields.put("plan:hosts", checkboxValue(form, "plan:hosts", "Amina"));
    return fields;
  }

  private static String optionValue(String page, String select, String label) {
    Matcher options =
        Pattern.compile(
                "name=\"" + Pattern.quote(select) + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
            .matcher(page);
    assertThat(options.find()).as(select).isTrue();
    Matcher option =
        Pattern.compile("<option value=\"(\\d+)\"[^>]*>" + label).matcher(options.group(1));
    assertThat(option.find()).as(label + " in " + select).isTrue();
    return option.group(1);
  }

  /** A p:selectCheckboxMenu's hidden checkbox for the person. */
  private static String checkboxValue(String page, String name, String label) {
    Matcher box =
        Pattern.compile(
                "name=\""
                    + Pattern.quote(name)
                    + "\"[^>]*value=\"(\\d+)\"[^>]*>"
                    + "(?:\\s*</input>)?\\s*<label[^>]*>"
                    + label)
            .matcher(page);
    assertThat(box.find()).as(label + " in " + name).isTrue();
    return box.group(1);
  }

  private HttpResponse<String> ok(String page) throws Exception {
    HttpResponse<String> response = claire.get(page);
    assertThat(response.statusCode()).as(page).isEqualTo(200);
    assertThat(response.body()).as(page).doesNotContainPattern(Pages.STACK_FRAME);
    return response;
  }

  /** A change that went through redirects back to the visit. */
  private static void done(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
  }

  private WebClient signedIn(String email) throws Exception {
    return WebClient.signedIn(base, email, PASSWORD);
  }
}
