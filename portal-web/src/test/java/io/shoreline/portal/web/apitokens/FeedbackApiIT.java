package io.shoreline.portal.web.apitokens;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.testing.ApiClient;
import io.shoreline.portal.testing.DatabaseFingerprint;
import io.shoreline.portal.threads.Notification;
import io.shoreline.portal.threads.Notifications;
import io.shoreline.portal.web.apitokens.TokenFixtures.FeedbackTokens;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The customer feedback API as a vendor's system uses it, over HTTP with API tokens of fresh
 * workspaces: one item and a batch, all or nothing, idempotent retries, the feedback scope, the
 * other workspace, bad bodies, and reading back with filters.
 */
@ExtendWith(ArquillianExtension.class)
class FeedbackApiIT {

  private static final String JSON = "application/json";
  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
  private static final Pattern PROBLEM = Pattern.compile("\\{[^{}]*\"row\":[^{}]*}");

  /** The items one call may send (FeedbackResource). */
  private static final int MOST_ITEMS = 500;

  @ArquillianResource URL base;
  @Inject TokenFixtures fixtures;
  @Inject TenantAccess access;
  @Inject Notifications notifications;

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource database;

  private FeedbackTokens tokens;
  private ApiClient api;

  @BeforeEach
  void tokens() {
    tokens = fixtures.feedbackTokens();
    api = new ApiClient(base);
  }

  @Test
  void oneItemIsStoredNamingTheTokenAndReadsBack() throws Exception {
    HttpResponse<String> stored =
        api.post(
            feedback(),
            tokens.recorder(),
            JSON,
            item(
                "Refund delays",
                "NEGATIVE",
                false,
                ",\"flagged\":true,\"verbatim\":\"Still waiting\""));

    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
    assertThat(stored.body())
        .contains(
            "\"topic\":\"Refund delays\"",
            "\"flagged\":true",
            "\"verbatim\":\"Still waiting\"",
            "\"source\":\"API token recorder",
            "\"replayed\":0");
    assertThat(itemsStored()).isEqualTo(1);
    assertThat(
            row(
                "SELECT COUNT(*) FROM feedback_item WHERE workspace_id = "
                    + tokens.workspace()
                    + " AND recorded_by IS NULL"))
        .isEqualTo("1");
    // flagged: the client's coordinator is told, by the token's name
    access.openOrganization(tokens.alice());
    assertThat(notifications.page(0, 10))
        .filteredOn(notice -> notice.getKind() == Notification.Kind.FEEDBACK)
        .extracting(Notification::getActorName)
        .singleElement()
        .asString()
        .startsWith("recorder ");

    HttpResponse<String> read = api.get(feedback() + "?flagged=true", tokens.recorder());
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).contains("\"total\":1", "Refund delays");
  }

  @Test
  void aBatchIsStoredWholeOrNotAtAllWithEachProblemNamed() throws Exception {
    String batch =
        "["
            + item("Billing", "POSITIVE", true, "")
            + ","
            + item("Billing", "ANGRY", true, "")
            + ","
            + "{\"receivedOn\":\""
            + TODAY.plusDays(3)
            + "\",\"channel\":\"EMAIL\",\"topic\":\" \",\"sentiment\":\"NEUTRAL\"}"
            + "]";

    HttpResponse<String> refused = api.post(feedback(), tokens.recorder(), JSON, batch);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(problems(refused))
        .contains(
            "2 sentiment Must be one of POSITIVE, NEUTRAL, NEGATIVE.",
            "3 delighted Must be true or false.",
            "3 receivedOn Feedback cannot be received on a day still to come.",
            "3 topic A feedback item needs a topic.")
        .noneMatch(problem -> problem.startsWith("1 "));
    assertThat(refused.body()).contains("nothing was stored");
    assertThat(itemsStored()).isZero();

    // readable types, but rules broken: named by the domain, in the caller's words
    HttpResponse<String> broken =
        api.post(
            feedback(),
            tokens.recorder(),
            JSON,
            "["
                + item("Billing", "POSITIVE", true, "")
                + ","
                + item(" ", "NEUTRAL", false, "")
                + "]");
    assertThat(broken.statusCode()).as(broken.body()).isEqualTo(422);
    assertThat(problems(broken)).containsExactly("2 topic A feedback item needs a topic.");
    assertThat(itemsStored()).isZero();

    HttpResponse<String> fine =
        api.post(
            feedback(),
            tokens.recorder(),
            JSON,
            "["
                + item("Billing", "POSITIVE", true, "")
                + ","
                + item("Delivery", "NEUTRAL", false, "")
                + "]");
    assertThat(fine.statusCode()).as(fine.body()).isEqualTo(201);
    assertThat(itemsStored()).isEqualTo(2);
  }

  @Test
  void aRetryIsAnsweredFromTheStoredItemsAndStoresNothing() throws Exception {
    String batch =
        "["
            + item("Billing", "POSITIVE", true, "")
            + ","
            + item("Delivery", "NEUTRAL", false, "")
            + "]";
    HttpResponse<String> first =
        api.post(
            feedback(),
            tokens.recorder(),
            JSON,
            batch.getBytes(StandardCharsets.UTF_8),
            "nightly-1");
    HttpResponse<String> retry =
        api.post(
            feedback(),
            tokens.recorder(),
            JSON,
            batch.getBytes(StandardCharsets.UTF_8),
            "nightly-1");

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
    assertThat(ids(retry)).isEqualTo(ids(first));
    assertThat(retry.body()).contains("\"replayed\":2", "\"idempotencyKey\":\"nightly-1/1\"");
    assertThat(itemsStored()).isEqualTo(2);

    // an item's own key: the retry of one item in a new batch stores only the new one
    String own = item("Refunds", "NEGATIVE", false, ",\"idempotencyKey\":\"ticket-881\"");
    assertThat(api.post(feedback(), tokens.recorder(), JSON, own).statusCode()).isEqualTo(201);
    HttpResponse<String> mixed =
        api.post(
            feedback(),
            tokens.recorder(),
            JSON,
            "[" + own + "," + item("Refunds", "POSITIVE", true, "") + "]");
    assertThat(mixed.statusCode()).as(mixed.body()).isEqualTo(201);
    assertThat(mixed.body()).contains("\"replayed\":1");
    assertThat(itemsStored()).isEqualTo(4);
    // the same key twice in one call is a mistake, not a retry
    HttpResponse<String> twice =
        api.post(feedback(), tokens.recorder(), JSON, "[" + own + "," + own + "]");
    assertThat(twice.statusCode()).isEqualTo(422);
    assertThat(problems(twice))
        .containsExactly("2 idempotencyKey Two items of the call have the same idempotency key.");
  }

  @Test
  void onlyTheVendorsTokenWithTheFeedbackScopeOfThisWorkspaceIsLetIn() throws Exception {
    String one = item("Billing", "POSITIVE", true, "");
    var before = DatabaseFingerprint.of(database);

    assertThat(api.post(feedback(), tokens.feedOnly(), JSON, one).statusCode()).isEqualTo(403);
    assertThat(api.get(feedback(), tokens.feedOnly()).statusCode()).isEqualTo(403);
    assertThat(api.post(feedback(), tokens.client(), JSON, one).statusCode()).isEqualTo(403);
    assertThat(api.get(feedback(), tokens.client()).statusCode()).isEqualTo(403);
    // the other workspace's feedback token, on this workspace: not found
    HttpResponse<String> foreign = api.post(feedback(), tokens.otherRecorder(), JSON, one);
    assertThat(foreign.statusCode()).isEqualTo(404);
    assertThat(api.get(feedback(), tokens.otherRecorder()).statusCode()).isEqualTo(404);
    assertThat(api.post(feedback(), null, JSON, one).statusCode()).isEqualTo(401);
    assertThat(api.post(feedback(), "shl_" + "x".repeat(43), JSON, one).statusCode())
        .isEqualTo(401);

    assertThat(itemsStored()).isZero();
    assertThat(DatabaseFingerprint.of(database)).isEqualTo(before);
  }

  @Test
  void badBodiesAreRefusedBeforeAnyItemIsLookedAt() throws Exception {
    String tooMany =
        IntStream.range(0, MOST_ITEMS + 1)
            .mapToObj(i -> item("Billing", "POSITIVE", true, ""))
            .collect(Collectors.joining(",", "[", "]"));

    assertThat(api.post(feedback(), tokens.recorder(), JSON, "{\"topic\":").statusCode())
        .isEqualTo(400);
    assertThat(api.post(feedback(), tokens.recorder(), JSON, "[]").statusCode()).isEqualTo(400);
    assertThat(api.post(feedback(), tokens.recorder(), JSON, "[1,2]").statusCode()).isEqualTo(400);
    assertThat(api.post(feedback(), tokens.recorder(), JSON, tooMany).statusCode()).isEqualTo(400);
    HttpResponse<String> unknown =
        api.post(
            feedback(), tokens.recorder(), JSON, item("Billing", "POSITIVE", true, ",\"score\":5"));
    assertThat(unknown.statusCode()).isEqualTo(422);
    assertThat(problems(unknown)).containsExactly("1 score No such field.");
    HttpResponse<String> badDay =
        api.post(
            feedback(),
            tokens.recorder(),
            JSON,
            "{\"receivedOn\":\"20/11/2026\",\"channel\":\"PHONE\",\"topic\":\"T\",\"sentiment\":\"NEUTRAL\",\"delighted\":\"yes\"}");
    assertThat(badDay.statusCode()).isEqualTo(422);
    assertThat(problems(badDay))
        .containsExactlyInAnyOrder(
            "1 receivedOn Must be a day like 2026-11-20.", "1 delighted Must be true or false.");
    assertThat(api.get(feedback() + "?from=yesterday", tokens.recorder()).statusCode())
        .isEqualTo(400);
    assertThat(api.get(feedback() + "?size=0", tokens.recorder()).statusCode()).isEqualTo(400);
    assertThat(itemsStored()).isZero();
  }

  @Test
  void theListIsPagedAndFilteredByDaysTopicAndFlag() throws Exception {
    String batch =
        "["
            + dated(TODAY.minusDays(20), "Billing", true)
            + ","
            + dated(TODAY.minusDays(10), "Delivery", false)
            + ","
            + dated(TODAY.minusDays(1), "Billing", false)
            + "]";
    assertThat(api.post(feedback(), tokens.recorder(), JSON, batch).statusCode()).isEqualTo(201);

    assertThat(api.get(feedback() + "?size=2", tokens.recorder()).body())
        .contains("\"total\":3", "\"size\":2", "\"receivedOn\":\"" + TODAY.minusDays(1))
        .doesNotContain(TODAY.minusDays(20).toString());
    assertThat(
            api.get(
                    feedback() + "?from=" + TODAY.minusDays(20) + "&to=" + TODAY.minusDays(10),
                    tokens.recorder())
                .body())
        .contains("\"total\":2");
    assertThat(api.get(feedback() + "?topic=Billing", tokens.recorder()).body())
        .contains("\"total\":2");
    assertThat(api.get(feedback() + "?topic=Billing&flagged=true", tokens.recorder()).body())
        .contains("\"total\":1");
  }

  private String feedback() {
    return "api/v1/workspaces/" + tokens.workspace() + "/feedback";
  }

  private static String item(String topic, String sentiment, boolean delighted, String more) {
    return "{\"receivedOn\":\""
        + TODAY.minusDays(1)
        + "\",\"channel\":\"PHONE\",\"topic\":\""
        + topic
        + "\",\"sentiment\":\""
        + sentiment
        + "\",\"delighted\":"
        + delighted
        + more
        + "}";
  }

  private static String dated(LocalDate day, String topic, boolean flagged) {
    return "{\"receivedOn\":\""
        + day
        + "\",\"channel\":\"CHAT\",\"topic\":\""
        + topic
        + "\",\"sentiment\":\"NEUTRAL\",\"delighted\":false,\"flagged\":"
        + flagged
        + "}";
  }

  private static java.util.List<String> ids(HttpResponse<String> response) {
    Matcher id = ID.matcher(response.body());
    java.util.List<String> ids = new java.util.ArrayList<>();
    while (id.find()) {
      ids.add(id.group(1));
    }
    return ids;
  }

  /** "2 topic A feedback item needs a topic." for each problem of a refusal. */
  private static java.util.List<String> problems(HttpResponse<String> response) {
    Matcher problem = PROBLEM.matcher(response.body());
    java.util.List<String> found = new java.util.ArrayList<>();
    while (problem.find()) {
      String json = problem.group();
      found.add(field(json, "row") + " " + field(json, "column") + " " + field(json, "reason"));
    }
    return found;
  }

  private static String field(String json, String name) {
    Matcher value = Pattern.compile("\"" + name + "\":(\"([^\"]*)\"|(\\d+))").matcher(json);
    assertThat(value.find()).as(name + " in " + json).isTrue();
    return value.group(2) != null ? value.group(2) : value.group(3);
  }

  private long itemsStored() throws Exception {
    return Long.parseLong(
        row("SELECT COUNT(*) FROM feedback_item WHERE workspace_id = " + tokens.workspace()));
  }

  private String row(String sql) throws Exception {
    return DatabaseFingerprint.row(database, sql);
  }
}
