package io.shoreline.portal.web.apitokens;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.testing.ApiClient;
import io.shoreline.portal.testing.Pages;
import io.shoreline.portal.web.apitokens.TokenFixtures.Made;
import io.shoreline.portal.web.apitokens.TokenFixtures.Own;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The feeds REST API as a machine uses it, over HTTP with API tokens: submissions in CSV and JSON,
 * merge and snapshot, idempotent retries, scopes, revoked and foreign tokens, a suspended workspace
 * (read-only: writes 409), bodies over the size limit (PORTAL_API_MAX_BODY_MB is 2 in the
 * integration build) and every kind of bad body, each refused with a report and nothing stored.
 */
@ExtendWith(ArquillianExtension.class)
class FeedApiIT {

  private static final String CSV = "text/csv";
  private static final String HEADER = "date,queue,offered,service_level\n";
  private static final long LIMIT = 2L * 1024 * 1024;

  @ArquillianResource URL base;
  @Inject TokenFixtures fixtures;

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource database;

  private Made made;
  private ApiClient api;

  @BeforeEach
  void feedsAndTokens() {
    made = fixtures.make();
    api = new ApiClient(base);
  }

  @Test
  void csvRowsBecomeAVersionThatReadsBack() throws Exception {
    HttpResponse<String> stored =
        api.post(
            rows(),
            made.writer(),
            "text/csv; charset=UTF-8",
            HEADER
                + "2026-03-01,Billing,120,0.8512\n2026-03-01,Sales,80,\n\"2026-03-02\",Billing,95,1\n");

    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
    assertThat(stored.headers().firstValue("Location").orElseThrow())
        .endsWith("/workspaces/" + made.northwind() + "/feeds/" + made.feed() + "/rows?asOf=1");
    assertThat(stored.body()).contains("\"version\":1", "\"added\":3", "\"replayed\":false");
    HttpResponse<String> read = api.get(rows() + "?size=2", made.reader());
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body())
        .contains("\"total\":3", "\"columns\":[\"date\",\"queue\",\"offered\",\"service_level\"]")
        .contains("[\"2026-03-01\",\"Billing\",\"120\",\"0.8512\"]", "Sales")
        .doesNotContain("2026-03-02"); // by key: on the second page
    assertThat(api.get(rows() + "?size=2&page=1", made.reader()).body())
        .contains("[\"2026-03-02\",\"Billing\",\"95\",\"1.0000\"]");
    HttpResponse<String> versions = api.get(versions(), made.clientReader());
    assertThat(versions.statusCode()).isEqualTo(200);
    assertThat(versions.body()).contains("\"number\":1", "\"source\":\"API token writer");
  }

  @Test
  void jsonArraysAreAcceptedAndSnapshotsReplaceTheWholeSet() throws Exception {
    String json =
        "[{\"date\":\"2026-03-01\",\"queue\":\"Billing\",\"offered\":120,\"service_level\":0.85},"
            + "{\"date\":\"2026-03-01\",\"queue\":\"Sales\",\"offered\":80,\"service_level\":null}]";
    HttpResponse<String> merged = api.post(rows(), made.writer(), "application/json", json);
    assertThat(merged.statusCode()).as(merged.body()).isEqualTo(201);

    HttpResponse<String> snapshot =
        api.post(
            rows() + "?mode=snapshot",
            made.writer(),
            "application/json",
            "[{\"date\":\"2026-03-01\",\"queue\":\"Billing\",\"offered\":121,\"service_level\":0.85}]");

    assertThat(snapshot.statusCode()).as(snapshot.body()).isEqualTo(201);
    assertThat(snapshot.body()).contains("\"version\":2", "\"changed\":1", "\"removed\":1");
    assertThat(api.get(rows(), made.reader()).body()).contains("\"total\":1", "121");
    assertThat(api.get(rows() + "?asOf=1", made.reader()).body()).contains("\"total\":2", "Sales");
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyReturnsTheFirstVersionAndStoresNothing() throws Exception {
    byte[] body = (HEADER + "2026-03-01,Billing,120,0.85\n").getBytes(UTF_8);
    HttpResponse<String> first = api.post(rows(), made.writer(), CSV, body, "nightly-2026-03-01");
    HttpResponse<String> retry = api.post(rows(), made.writer(), CSV, body, "nightly-2026-03-01");

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(retry.statusCode()).isEqualTo(200);
    assertThat(retry.body()).contains("\"version\":1", "\"added\":1", "\"replayed\":true");
    assertThat(versionsStored()).isEqualTo(1);
    assertThat(rowsStored()).isEqualTo(1);
  }

  @Test
  void scopesDecideWhoReadsAndWrites() throws Exception {
    String csv = HEADER + "2026-03-01,Billing,120,0.85\n";

    assertThat(api.post(rows(), made.reader(), CSV, csv).statusCode()).isEqualTo(403);
    // the client's side may read the vendor's feed, never write it
    assertThat(api.post(rows(), made.clientReader(), CSV, csv).statusCode()).isEqualTo(403);
    assertThat(api.get(rows(), made.clientReader()).statusCode()).isEqualTo(200);
    // a token for another feed of the workspace
    assertThat(api.get(rows(), made.otherFeedOnly()).statusCode()).isEqualTo(403);
    assertThat(api.post(rows(), made.otherFeedOnly(), CSV, csv).statusCode()).isEqualTo(403);
    assertThat(api.get(versions(), made.otherFeedOnly()).statusCode()).isEqualTo(403);
    HttpResponse<String> listed =
        api.get("api/v1/workspaces/" + made.northwind() + "/feeds", made.reader());
    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(listed.body())
        .contains("\"id\":" + made.feed(), "\"read\":true", "\"write\":false")
        .doesNotContain("\"id\":" + made.otherFeed() + ",");
    assertThat(versionsStored()).isZero();
  }

  @Test
  void noUnknownOrRevokedTokenGetsIn() throws Exception {
    String csv = HEADER + "2026-03-01,Billing,120,0.85\n";
    assertThat(api.post(rows(), made.writer(), CSV, csv).statusCode()).isEqualTo(201);
    fixtures.revoke(made, made.writerId());

    for (String token : new String[] {made.writer(), null, "nonsense", "shl_" + "x".repeat(43)}) {
      HttpResponse<String> refused = api.post(rows(), token, CSV, csv);
      assertThat(refused.statusCode()).as(token).isEqualTo(401);
      assertThat(refused.headers().firstValue("WWW-Authenticate").orElseThrow())
          .startsWith("Bearer");
      assertThat(refused.body()).contains("\"status\":401");
      assertThat(api.get(rows(), token).statusCode()).isEqualTo(401);
    }
    assertThat(versionsStored()).isEqualTo(1);
  }

  @Test
  void aTokenOfAnotherWorkspaceFindsNothingThere() throws Exception {
    String csv = HEADER + "2026-03-01,Billing,120,0.85\n";
    String contosoRows =
        "api/v1/workspaces/" + made.contoso() + "/feeds/" + made.contosoFeed() + "/rows";

    HttpResponse<String> foreign = api.post(rows(), made.contosoWriter(), CSV, csv);
    assertThat(foreign.statusCode()).isEqualTo(404);
    assertThat(foreign.body()).doesNotContain("API KPIs").doesNotContainPattern(Pages.STACK_FRAME);
    assertThat(api.get(rows(), made.contosoWriter()).statusCode()).isEqualTo(404);
    assertThat(api.post(contosoRows, made.writer(), CSV, csv).statusCode()).isEqualTo(404);
    // the own workspace, the other's feed; no such feed at all
    String crossed =
        "api/v1/workspaces/" + made.northwind() + "/feeds/" + made.contosoFeed() + "/rows";
    assertThat(api.post(crossed, made.writer(), CSV, csv).statusCode()).isEqualTo(404);
    assertThat(api.get(crossed, made.writer()).statusCode()).isEqualTo(404);
    assertThat(
            api.get(
                    "api/v1/workspaces/" + made.northwind() + "/feeds/999999/versions",
                    made.writer())
                .statusCode())
        .isEqualTo(404);
    assertThat(versionsStored()).isZero();
  }

  @Test
  void everyBadBodyIsRefusedWithItsReportAndNothingIsStored() throws Exception {
    Map<String, byte[]> csvCases =
        Map.of(
            "encoding",
            (HEADER + "2026-03-01,Montréal,120,0.85\n").getBytes(ISO_8859_1),
            "missing column",
            "date,queue,offered\n2026-03-01,Billing,120\n".getBytes(UTF_8),
            "extra column",
            (HEADER.strip() + ",colour\n2026-03-01,Billing,120,0.85,blue\n").getBytes(UTF_8),
            "bad date",
            (HEADER + "2026-02-30,Billing,120,0.85\n2026-03-01,Sales,80,0.9\n").getBytes(UTF_8),
            "number out of range",
            (HEADER + "2026-03-01,Billing,99999999999999999999,0.85\n").getBytes(UTF_8),
            "broken quotes",
            (HEADER + "2026-03-01,\"Billing,120,0.85\n2026-03-02,Sales,80,0.9\n").getBytes(UTF_8));
    for (var bad : csvCases.entrySet()) {
      refusedWithReport(bad.getKey(), api.post(rows(), made.writer(), CSV, bad.getValue(), null));
    }
    refusedWithReport(
        "malformed JSON",
        api.post(
            rows(),
            made.writer(),
            "application/json",
            "[{\"date\":\"2026-03-01\",".getBytes(UTF_8),
            null));
    refusedWithReport(
        "JSON without a column",
        api.post(
            rows(),
            made.writer(),
            "application/json",
            "[{\"date\":\"2026-03-01\",\"queue\":\"Billing\"}]".getBytes(UTF_8),
            null));
    HttpResponse<String> badDate =
        api.post(rows(), made.writer(), CSV, csvCases.get("bad date"), null);
    assertThat(badDate.statusCode()).isEqualTo(422);
    assertThat(badDate.body())
        .contains("\"total\":1", "\"row\":2", "\"column\":\"date\"", "2026-02-30");
    assertThat(api.post(rows(), made.writer(), CSV, csvCases.get("encoding"), null).statusCode())
        .isEqualTo(400);
    assertThat(versionsStored()).isZero();
    assertThat(rowsStored()).isZero();
  }

  @Test
  void otherMediaTypesCharsetsAndModesAreRefused() throws Exception {
    byte[] csv = (HEADER + "2026-03-01,Billing,120,0.85\n").getBytes(UTF_8);

    assertThat(api.post(rows(), made.writer(), "text/plain", csv, null).statusCode())
        .isEqualTo(415);
    assertThat(api.post(rows(), made.writer(), null, csv, null).statusCode()).isEqualTo(415);
    assertThat(
            api.post(rows(), made.writer(), "text/csv; charset=ISO-8859-1", csv, null).statusCode())
        .isEqualTo(415);
    HttpResponse<String> mode = api.post(rows() + "?mode=append", made.writer(), CSV, csv, null);
    assertThat(mode.statusCode()).isEqualTo(400);
    assertThat(mode.body()).contains("merge or snapshot");
    assertThat(versionsStored()).isZero();
  }

  /** Headers announcing 100 times the limit, and not one byte of body: answered 413 at once. */
  @Test
  void anAnnouncedBodyOverTheLimitIsRefusedWithoutBeingRead() throws Exception {
    RawPost post = new RawPost(base, rows(), made.writer());

    String answer = post.announcing(100 * LIMIT);

    assertThat(answer).startsWith("HTTP/1.1 413").contains("\"status\":413");
    assertThat(versionsStored()).isZero();
  }

  /**
   * A chunked body of rows, 50 times the limit, sent until an answer comes: the server reads up to
   * the limit, answers 413, and nothing is stored.
   */
  @Test
  void aChunkedBodyIsCutOffAtTheLimitAndNothingIsStored() throws Exception {
    RawPost post = new RawPost(base, rows(), made.writer());

    String answer = post.chunked(HEADER, 50 * LIMIT);

    assertThat(answer).startsWith("HTTP/1.1 413");
    assertThat(post.sent()).as("bytes sent before the answer").isLessThan(10 * LIMIT);
    assertThat(versionsStored()).isZero();
    assertThat(rowsStored()).isZero();
  }

  @Test
  void aSuspendedWorkspaceRefusesWritesWith409AndStoresNothingWhileReadsGoOn() throws Exception {
    Own own = fixtures.ownWorkspace();
    String rows = "api/v1/workspaces/" + own.workspace() + "/feeds/" + own.feed() + "/rows";
    HttpResponse<String> before = api.post(rows, own.writer(), CSV, HEADER + kpi("Billing"));
    assertThat(before.statusCode()).as(before.body()).isEqualTo(201);
    fixtures.suspend(own);

    HttpResponse<String> merge =
        api.post(rows, own.writer(), CSV, (HEADER + kpi("Sales")).getBytes(UTF_8), "after-1");
    HttpResponse<String> snapshot =
        api.post(
            rows + "?mode=snapshot",
            own.writer(),
            "application/json",
            "[{\"date\":\"2026-03-01\",\"queue\":\"Care\",\"offered\":5}]".getBytes(UTF_8),
            "after-2");

    for (HttpResponse<String> refused : List.of(merge, snapshot)) {
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
      assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/json");
      assertThat(refused.body())
          .contains("\"status\":409", "suspended or ended", "read-only")
          .doesNotContainPattern(Pages.STACK_FRAME);
    }
    assertThat(versionsStored(own.feed())).isEqualTo(1);
    assertThat(rowsStored(own.feed())).isEqualTo(1);
    // reading stays allowed: the rows and versions as they were
    HttpResponse<String> read = api.get(rows, own.writer());
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).contains("\"total\":1", "Billing").doesNotContain("Sales", "Care");
    HttpResponse<String> versions =
        api.get(
            "api/v1/workspaces/" + own.workspace() + "/feeds/" + own.feed() + "/versions",
            own.writer());
    assertThat(versions.statusCode()).isEqualTo(200);
    assertThat(versions.body()).contains("\"total\":1", "\"number\":1");
  }

  @Test
  void aTokensLastUseIsNotedAtMostOnceAMinute() throws Exception {
    assertThat(fixtures.atlasTokens(made).stream().filter(t -> t.getId() == made.writerId()))
        .allMatch(token -> token.getLastUsedAt() == null);

    api.get(rows(), made.writer());
    var firstUse = lastUsed();
    api.get(rows(), made.writer());

    assertThat(firstUse).isNotNull();
    assertThat(lastUsed()).isEqualTo(firstUse);
  }

  private java.time.Instant lastUsed() {
    return fixtures.atlasTokens(made).stream()
        .filter(token -> token.getId() == made.writerId())
        .findFirst()
        .orElseThrow()
        .getLastUsedAt();
  }

  private void refusedWithReport(String what, HttpResponse<String> refused) {
    assertThat(refused.statusCode()).as(what + ": " + refused.body()).isIn(400, 422);
    assertThat(refused.body())
        .as(what)
        .contains("\"problems\":[{", "\"row\":", "\"reason\":\"", "nothing was stored")
        .doesNotContainPattern(Pages.STACK_FRAME);
  }

  private String rows() {
    return "api/v1/workspaces/" + made.northwind() + "/feeds/" + made.feed() + "/rows";
  }

  private String versions() {
    return "api/v1/workspaces/" + made.northwind() + "/feeds/" + made.feed() + "/versions";
  }

  private static String kpi(String queue) {
    return "2026-03-01," + queue + ",120,0.85\n";
  }

  private long versionsStored() throws Exception {
    return versionsStored(made.feed());
  }

  private long rowsStored() throws Exception {
    return rowsStored(made.feed());
  }

  private long versionsStored(long feed) throws Exception {
    return count("SELECT COUNT(*) FROM feed_version WHERE feed_id = ?", feed);
  }

  private long rowsStored(long feed) throws Exception {
    return count("SELECT COUNT(*) FROM feed_row WHERE feed_id = ?", feed);
  }

  private long count(String sql, long feed) throws Exception {
    try (Connection db = database.getConnection();
        PreparedStatement count = db.prepareStatement(sql)) {
      count.setLong(1, feed);
      try (ResultSet result = count.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }
}
