package io.shoreline.portal.web.bulletins;

import static io.shoreline.portal.testing.DemoLogins.ATLAS_ADMIN;
import static io.shoreline.portal.testing.DemoLogins.CONTOSO_ADMIN;
import static io.shoreline.portal.testing.DemoLogins.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.testing.Pages;
import io.shoreline.portal.testing.WebClient;
import io.shoreline.portal.web.isolation.Victims;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bulletin, training and authority matrix pages as members of Contoso–Atlas use them over HTTP,
 * with the records {@link Victims} makes there: bad input is answered on the page and stores
 * nothing, a stale form is "changed meanwhile", files download as attachments never sniffed.
 */
@ExtendWith(ArquillianExtension.class)
class BulletinPagesIT {

  @ArquillianResource URL base;
  @Inject Victims victims;

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource database;

  private Map<String, String> ids;
  private WebClient james;

  @BeforeEach
  void contosoWithItsBulletins() throws Exception {
    ids = victims.ids();
    james = signedIn(CONTOSO_ADMIN);
  }

  @Test
  void theComposerRefusesBadInputOnThePageAndPublishesGoodInput() throws Exception {
    String page = "app/bulletin-compose.xhtml?w=" + w();
    long before = rows("SELECT COUNT(*) FROM bulletin");

    HttpResponse<String> untitled =
        james.submit(page, "publish", Map.of("compose:title", " ", "compose:body", "Text"));
    HttpResponse<String> markup =
        james.submit(
            page, "publish", Map.of("compose:title", "<script>x</script>", "compose:body", "Text"));

    assertThat(untitled.statusCode()).isEqualTo(200);
    assertThat(untitled.body())
        .contains("A bulletin needs a title")
        .doesNotContainPattern(Pages.STACK_FRAME);
    assertThat(markup.body()).contains("A title is plain text");
    assertThat(rows("SELECT COUNT(*) FROM bulletin")).isEqualTo(before);

    HttpResponse<String> published =
        james.submit(
            page,
            "publish",
            Map.of("compose:title", "Branch hours change", "compose:body", "From **Monday**"));
    assertThat(published.statusCode()).isEqualTo(302);
    String location = published.headers().firstValue("Location").orElseThrow();
    assertThat(location).contains("/app/bulletin.xhtml?w=" + w() + "&id=");
    String shown = james.get(location.substring(location.indexOf("app/"))).body();
    assertThat(shown).contains("Branch hours change", "<strong>Monday</strong>", "0 of ");
  }

  @Test
  void aStaleWithdrawalIsRefusedAndTheAttachmentIsADownload() throws Exception {
    String page = "app/bulletin.xhtml?w=" + w() + "&id=" + ids.get("otherBulletin");

    HttpResponse<String> stale = james.submit(page, "withdraw", Map.of("version", "0"));

    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body()).contains("Someone changed this in the meantime");
    assertThat(james.get(page).body()).doesNotContain("Withdrawn");

    HttpResponse<byte[]> file =
        james.download("app/bulletin-file?w=" + w() + "&id=" + ids.get("otherBulletin"));
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(header(file, "Content-Disposition")).startsWith("attachment;").contains("rota.txt");
    assertThat(header(file, "X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(new String(file.body(), StandardCharsets.UTF_8)).isEqualTo("Closed on Monday");
  }

  @Test
  void theVendorAcknowledgesOnceAndTheClientSeesTheRate() throws Exception {
    String page = "app/bulletin.xhtml?w=" + w() + "&id=" + ids.get("otherBulletin");
    WebClient amina = signedIn(ATLAS_ADMIN);

    HttpResponse<String> acknowledged = amina.submit(page, "acknowledge", Map.of());

    assertThat(acknowledged.statusCode()).isEqualTo(302);
    assertThat(amina.get(page).body())
        .contains("You acknowledged this version")
        .doesNotContain("ack:acknowledge");
    assertThat(james.get(page).body()).contains("Amina Haddad").containsPattern("1 of \\d+");
  }

  @Test
  void theMatrixEditorRefusesANegativeLimitAndPublishesTheNextVersion() throws Exception {
    String page = "app/authority-matrix.xhtml?w=" + w();
    String count = "SELECT COUNT(*) FROM authority_version WHERE workspace_id = " + w();
    long before = rows(count);

    HttpResponse<String> negative =
        james.submit(
            page,
            "publish",
            Map.of("matrix:rows:0:amount", "-5", "matrix:from_input", "2030-01-01"));

    assertThat(negative.statusCode()).isEqualTo(200);
    assertThat(negative.body()).contains("Row 1: a limit cannot be negative");
    assertThat(rows(count)).isEqualTo(before);

    HttpResponse<String> published =
        james.submit(
            page,
            "publish",
            Map.of(
                "matrix:rows:0:amount", "30",
                "matrix:rows:0:currency", "eur",
                "matrix:from_input", "2030-01-01",
                "matrix:note", "Higher fee waivers"));
    assertThat(published.statusCode()).isEqualTo(302);
    assertThat(rows(count)).isEqualTo(before + 1);
    String versions = james.get(page).body();
    assertThat(versions).contains("Version " + (before + 1)).contains("2029");
  }

  @Test
  void aTrainingDocumentTakesAFileCheckedByItsContent() throws Exception {
    String page = "app/training.xhtml?w=" + w();
    long before = rows("SELECT COUNT(*) FROM training_document");
    String fileField = fileInput(james.get(page).body());

    HttpResponse<String> program =
        james.submitWithFiles(
            page,
            "add-document",
            Map.of("add:title", "Disguised program"),
            fileField,
            Map.of("course.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}));
    assertThat(program.statusCode()).isEqualTo(200);
    assertThat(program.body()).contains("which the portal does not accept");
    assertThat(rows("SELECT COUNT(*) FROM training_document")).isEqualTo(before);

    HttpResponse<String> added =
        james.submitWithFiles(
            page,
            "add-document",
            Map.of("add:title", "Fraud checks"),
            fileField,
            Map.of("fraud.txt", "Check the caller's postcode".getBytes(StandardCharsets.UTF_8)));
    assertThat(added.statusCode()).isEqualTo(302);
    String location = added.headers().firstValue("Location").orElseThrow();
    String document = location.substring(location.indexOf("app/"));
    assertThat(james.get(document).body())
        .contains("Fraud checks", "fraud.txt", "v1")
        .containsPattern("0 of \\d+")
        .as("the client's people are not asked")
        .doesNotContain("ack:acknowledge");

    WebClient amina = signedIn(ATLAS_ADMIN);
    assertThat(amina.submit(document, "acknowledge", Map.of()).statusCode()).isEqualTo(302);
    assertThat(amina.get(document).body()).contains("You acknowledged");
    assertThat(james.get(document).body()).contains("Amina Haddad").containsPattern("1 of \\d+");
    assertThat(james.get(document + "&notYet=true").body()).doesNotContain("Amina Haddad");
  }

  private static String fileInput(String page) {
    Matcher input = Pattern.compile("<input[^>]*type=\"file\"[^>]*>").matcher(page);
    assertThat(input.find()).isTrue();
    Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(input.group());
    assertThat(name.find()).isTrue();
    return name.group(1);
  }

  private String w() {
    return ids.get("otherWorkspace");
  }

  private long rows(String sql) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }

  private WebClient signedIn(String email) throws Exception {
    return WebClient.signedIn(base, email, PASSWORD);
  }
}
