package io.shoreline.portal.web.apitokens;

import static io.shoreline.portal.testing.DemoLogins.ATLAS_ADMIN;
import static io.shoreline.portal.testing.DemoLogins.NORTHWIND_ADMIN;
import static io.shoreline.portal.testing.DemoLogins.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoreline.portal.apitokens.ApiTokens;
import io.shoreline.portal.apitokens.NewToken;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.testing.ApiClient;
import io.shoreline.portal.testing.Pages;
import io.shoreline.portal.testing.WebClient;
import io.shoreline.portal.web.apitokens.TokenFixtures.Made;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
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
 * The API tokens page as coordinators use it, over HTTP: a new token's secret is shown once and the
 * database keeps only its hash; its last use shows; revoking ends it; only a side's coordinators
 * see the page, and each side sees its own tokens only.
 */
@ExtendWith(ArquillianExtension.class)
class ApiTokensIT {

  private static final Pattern SECRET =
      Pattern.compile("id=\"secret-value\"[^>]*>(shl_[\\w-]{43})<");

  @ArquillianResource URL base;
  @Inject TokenFixtures fixtures;
  @Inject TenantAccess access;
  @Inject ApiTokens tokens;

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource database;

  private Made made;
  private String page;

  @BeforeEach
  void aFeed() {
    made = fixtures.make();
    page = "app/api-tokens.xhtml?w=" + made.northwind();
  }

  @Test
  void aNewTokensSecretIsShownOnceAndOnlyItsHashIsStored() throws Exception {
    WebClient atlas = signedIn(ATLAS_ADMIN);
    String name = "nightly " + System.nanoTime();

    HttpResponse<String> created = atlas.submit(page, "create", grant(atlas, name, true));

    assertThat(created.statusCode()).isEqualTo(200);
    Matcher shown = SECRET.matcher(created.body());
    assertThat(shown.find()).as("the secret on the page").isTrue();
    String secret = shown.group(1);
    String again = atlas.get(page).body();
    assertThat(again).contains(name, secret.substring(0, 10)).doesNotContain(secret);
    try (Connection db = database.getConnection();
        PreparedStatement select = db.prepareStatement("SELECT * FROM api_token WHERE name = ?")) {
      select.setString(1, name);
      try (ResultSet row = select.executeQuery()) {
        assertThat(row.next()).isTrue();
        assertThat(row.getString("secret_hash")).isEqualTo(sha256(secret));
        for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
          assertThat(String.valueOf(row.getObject(column)))
              .as(row.getMetaData().getColumnName(column))
              .doesNotContain(secret.substring(10));
        }
      }
    }
    assertThat(rowOf(again, name)).contains("Never", "read, write");
    assertThat(new ApiClient(base).get(rows(), secret).statusCode()).isEqualTo(200);
    assertThat(rowOf(atlas.get(page).body(), name)).doesNotContain("Never");
  }

  @Test
  void revokingATokenEndsItAtTheNextRequest() throws Exception {
    WebClient atlas = signedIn(ATLAS_ADMIN);
    String name = "to revoke " + System.nanoTime();
    Matcher shown = SECRET.matcher(atlas.submit(page, "create", grant(atlas, name, true)).body());
    assertThat(shown.find()).isTrue();
    ApiClient api = new ApiClient(base);
    assertThat(api.get(rows(), shown.group(1)).statusCode()).isEqualTo(200);
    long[] token = idAndVersion(name);

    HttpResponse<String> revoked =
        atlas.submit(page, "revoke", Map.of("id", token[0] + "", "version", token[1] + ""));

    assertThat(revoked.statusCode()).isIn(200, 302);
    assertThat(rowOf(atlas.get(page).body(), name)).contains("Revoked");
    assertThat(api.get(rows(), shown.group(1)).statusCode()).isEqualTo(401);
    // a second revocation with the version seen before is refused as changed meanwhile
    HttpResponse<String> stale =
        atlas.submit(page, "revoke", Map.of("id", token[0] + "", "version", token[1] + ""));
    assertThat(stale.body()).doesNotContainPattern(Pages.STACK_FRAME);
    assertThat(idAndVersion(name)[1]).isEqualTo(token[1] + 1);
  }

  @Test
  void aTokenInUseIsRevokedFromThePageLoadedBeforeItsUse() throws Exception {
    WebClient atlas = signedIn(ATLAS_ADMIN);
    String name = "busy " + System.nanoTime();
    Matcher shown = SECRET.matcher(atlas.submit(page, "create", grant(atlas, name, true)).body());
    assertThat(shown.find()).isTrue();
    long[] seenOnThePage = idAndVersion(name);

    // a machine uses it meanwhile: its last use is noted, the token itself is not changed
    assertThat(new ApiClient(base).get(rows(), shown.group(1)).statusCode()).isEqualTo(200);
    assertThat(idAndVersion(name)[1]).isEqualTo(seenOnThePage[1]);

    atlas.submit(
        page, "revoke", Map.of("id", seenOnThePage[0] + "", "version", seenOnThePage[1] + ""));
    assertThat(rowOf(atlas.get(page).body(), name)).contains("Revoked");
  }

  @Test
  void onlyCoordinatorsManageTokensAndEachSideSeesItsOwn() throws Exception {
    for (String notCoordinator :
        List.of(
            "rafael.santos@atlas.example",
            "maria.reyes@atlas.example",
            "luc.martin@northwind.example")) {
      HttpResponse<String> refused = signedIn(notCoordinator).get(page);
      assertThat(refused.statusCode()).as(notCoordinator).isEqualTo(403);
      assertThat(refused.body()).doesNotContain("shl_");
    }
    WebClient atlas = signedIn(ATLAS_ADMIN);
    String atlasToken = "atlas only " + System.nanoTime();
    assertThat(
            SECRET
                .matcher(atlas.submit(page, "create", grant(atlas, atlasToken, true)).body())
                .find())
        .isTrue();
    String northwindPage = signedIn(NORTHWIND_ADMIN).get(page).body();
    assertThat(northwindPage)
        .doesNotContain(atlasToken)
        .contains("published by the other side"); // no write box for the vendor's feed
  }

  @Test
  void badRequestsAreRefusedAndStoreNothing() throws Exception {
    WebClient atlas = signedIn(ATLAS_ADMIN);
    long before = tokenCount();

    assertThat(atlas.submit(page, "create", grant(atlas, " ", true)).body())
        .contains("Give the token a name.");
    assertThat(atlas.submit(page, "create", Map.of("create:name", "no rights")).body())
        .contains("Tick read or write for at least one feed.");
    assertThat(tokenCount()).isEqualTo(before);
    // the client's coordinator may not let a token write the vendor's feed, however asked
    access.openWorkspace(made.northwind(), NORTHWIND_ADMIN);
    assertThatThrownBy(
            () ->
                tokens.create(
                    new NewToken("forged", List.of(new NewToken.Grant(made.feed(), true, true)))))
        .isInstanceOf(RuleViolation.class)
        .hasMessage("apiTokens.notPublisher.write");
    assertThatThrownBy(
            () ->
                tokens.create(
                    new NewToken(
                        "elsewhere", List.of(new NewToken.Grant(made.contosoFeed(), true, false)))))
        .isInstanceOf(RuleViolation.class)
        .hasMessage("apiTokens.unknownFeed");
    assertThat(tokenCount()).isEqualTo(before);
  }

  @Test
  void aVendorsTokenMayRecordCustomerFeedbackAndAClientsMayNot() throws Exception {
    WebClient atlas = signedIn(ATLAS_ADMIN);
    String name = "feedback export " + System.nanoTime();

    HttpResponse<String> created =
        atlas.submit(
            page, "create", Map.of("create:name", name, "create:record-feedback_input", "on"));

    Matcher shown = SECRET.matcher(created.body());
    assertThat(shown.find()).as("the secret on the page").isTrue();
    assertThat(rowOf(atlas.get(page).body(), name)).contains("records customer feedback");
    try (Connection db = database.getConnection();
        PreparedStatement select =
            db.prepareStatement("SELECT can_record_feedback FROM api_token WHERE name = ?")) {
      select.setString(1, name);
      try (ResultSet row = select.executeQuery()) {
        assertThat(row.next()).isTrue();
        assertThat(row.getBoolean(1)).isTrue();
      }
    }
    ApiClient api = new ApiClient(base);
    String feedback = "api/v1/workspaces/" + made.northwind() + "/feedback?size=1";
    assertThat(api.get(feedback, shown.group(1)).statusCode()).isEqualTo(200);
    assertThat(api.get(rows(), shown.group(1)).statusCode()).isEqualTo(403); // no feed scope
    assertThat(api.get(feedback, made.writer()).statusCode()).isEqualTo(403); // feeds only

    // the client's side is not offered the option, and is refused it however asked
    assertThat(signedIn(NORTHWIND_ADMIN).get(page).body()).doesNotContain("record-feedback");
    long before = tokenCount();
    access.openWorkspace(made.northwind(), NORTHWIND_ADMIN);
    assertThatThrownBy(() -> tokens.create(new NewToken("forged", List.of(), true)))
        .isInstanceOf(RuleViolation.class)
        .hasMessage("apiTokens.feedbackVendorOnly");
    assertThat(tokenCount()).isEqualTo(before);
  }

  /** The create form's fields for a token reading (and writing) the test's feed. */
  private Map<String, String> grant(WebClient web, String name, boolean write) throws Exception {
    String html = web.get(page).body();
    Matcher row = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(html);
    String feedName = feedName();
    while (row.find()) {
      Matcher read =
          Pattern.compile("name=\"(create:feeds:\\d+:)read_input\"").matcher(row.group(1));
      if (row.group(1).contains(">" + feedName + "<") && read.find()) {
        return write
            ? Map.of(
                "create:name",
                name,
                read.group(1) + "read_input",
                "on",
                read.group(1) + "write_input",
                "on")
            : Map.of("create:name", name, read.group(1) + "read_input", "on");
      }
    }
    throw new AssertionError("no row for " + feedName);
  }

  private String feedName() throws Exception {
    try (Connection db = database.getConnection();
        PreparedStatement select = db.prepareStatement("SELECT name FROM feed WHERE id = ?")) {
      select.setLong(1, made.feed());
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getString(1);
      }
    }
  }

  private long[] idAndVersion(String name) throws Exception {
    try (Connection db = database.getConnection();
        PreparedStatement select =
            db.prepareStatement("SELECT id, version FROM api_token WHERE name = ?")) {
      select.setString(1, name);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return new long[] {row.getLong(1), row.getLong(2)};
      }
    }
  }

  private long tokenCount() throws Exception {
    try (Connection db = database.getConnection();
        PreparedStatement count = db.prepareStatement("SELECT COUNT(*) FROM api_token");
        ResultSet row = count.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  /** The table row of the token with this name. */
  private static String rowOf(String html, String name) {
    Matcher row = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(html);
    while (row.find()) {
      if (row.group(1).contains(">" + name + "<")) {
        return row.group(1);
      }
    }
    throw new AssertionError("no row for " + name);
  }

  private String rows() {
    return "api/v1/workspaces/" + made.northwind() + "/feeds/" + made.feed() + "/rows";
  }

  private static String sha256(String secret) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(StandardCharsets.US_ASCII)));
  }

  private WebClient signedIn(String email) throws Exception {
    return WebClient.signedIn(base, email, PASSWORD);
  }
}
