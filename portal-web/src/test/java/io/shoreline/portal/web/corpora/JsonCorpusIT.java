package io.shoreline.portal.web.corpora;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.testing.ApiClient;
import io.shoreline.portal.testing.ClientsAndVendor;
import io.shoreline.portal.testing.DatabaseFingerprint;
import io.shoreline.portal.testing.Pages;
import io.shoreline.portal.testing.WebClient;
import io.shoreline.portal.web.corpora.JsonBodies.Body;
import io.shoreline.portal.web.corpora.JsonBodies.Endpoint;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hostile JSON corpus ({@link JsonBodies}, {@link JsonWrongTypes}) against every endpoint that
 * takes JSON: the feed rows API, the feedback API, the threads API's posts and SCIM's Users and
 * Groups. Each body is refused with the status its case names and a JSON error body, never a 500
 * (nor a hang: each test has a timeout), and the database is as it was.
 */
@ExtendWith(ArquillianExtension.class)
class JsonCorpusIT {

  @ArquillianResource URL base;
  @Inject JsonTargets targets;

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource database;

  private JsonSender sender;

  @BeforeEach
  void endpoints() throws Exception {
    JsonTargets.Made made = targets.make();
    WebClient alice = new WebClient(base);
    assertThat(alice.signIn(made.alice(), ClientsAndVendor.PASSWORD).statusCode()).isEqualTo(302);
    sender = new JsonSender(made, new ApiClient(base), alice);
  }

  @Test
  @Timeout(60)
  void noEndpointTakesAMalformedBody() throws Exception {
    Map<String, String> before = stored();
    Mismatches mismatches = new Mismatches();

    for (Body body : JsonBodies.malformed()) {
      for (Endpoint endpoint : Endpoint.values()) {
        HttpResponse<String> answer = sender.send(endpoint, "application/json", body.bytes());
        refused(mismatches, endpoint + " " + body, answer, body.status().get(endpoint));
      }
    }
    Map<String, String> after = stored();
    mismatches.check(() -> assertThat(after).as("the database").isEqualTo(before));
    mismatches.assertNone();
  }

  @Test
  @Timeout(60)
  void wrongTypesAndValuesAreRefusedWithTheirReason() throws Exception {
    Map<String, String> before = stored();
    Mismatches mismatches = new Mismatches();

    for (JsonWrongTypes.Case each : JsonWrongTypes.all()) {
      HttpResponse<String> answer =
          sender.send(each.endpoint(), "application/json", each.body().getBytes(UTF_8));
      refused(mismatches, each.toString(), answer, each.status());
    }
    Map<String, String> after = stored();
    mismatches.check(() -> assertThat(after).as("the database").isEqualTo(before));
    mismatches.assertNone();
  }

  /**
   * Bodies just over 2 MB to the feed rows and feedback APIs, refused unread (413); bodies just
   * under 2 MB to the threads API and SCIM, which have no limit of their own (over 2 MB the
   * container's max-post-size cuts the connection): read, and refused as too long or too deep.
   */
  @Test
  @Timeout(60)
  void bodiesOverTheLimitAreRefused() throws Exception {
    Map<String, String> before = stored();
    Mismatches mismatches = new Mismatches();
    int limit = 2 * 1024 * 1024; // PORTAL_API_MAX_BODY_MB and the feedback API's limit

    for (Endpoint endpoint : Endpoint.values()) {
      boolean limited = endpoint == Endpoint.FEED_ROWS || endpoint == Endpoint.FEEDBACK;
      int size = limited ? limit + 1 : limit - 1024;
      Map<String, byte[]> huge = new LinkedHashMap<>();
      huge.put("a huge string", ("{\"markdown\":\"" + "a".repeat(size) + "\"}").getBytes(UTF_8));
      huge.put("a huge array", ("[" + "0,".repeat(size / 2) + "0]").getBytes(UTF_8));
      huge.put("deep arrays", "[".repeat(size).getBytes(UTF_8));
      for (var body : huge.entrySet()) {
        refused(
            mismatches,
            endpoint + " " + body.getKey(),
            sender.sendLarge(endpoint, body.getValue()),
            limited ? 413 : 400);
      }
    }
    Map<String, String> after = stored();
    mismatches.check(() -> assertThat(after).as("the database").isEqualTo(before));
    mismatches.assertNone();
  }

  @Test
  @Timeout(30)
  void otherMediaTypesAreRefused() throws Exception {
    Map<String, String> before = stored();
    Mismatches mismatches = new Mismatches();

    for (Endpoint endpoint : Endpoint.values()) {
      for (String type :
          new String[] {"text/plain", "application/xml", "application/x-www-form-urlencoded"}) {
        // the feedback API reads its body as JSON whatever the type (@Consumes("*/*")): 422
        refused(
            mismatches,
            endpoint + " as " + type,
            sender.send(endpoint, type, "{\"markdown\":\"a\"}".getBytes(UTF_8)),
            endpoint == Endpoint.FEEDBACK ? 422 : 415);
      }
    }
    Map<String, String> after = stored();
    mismatches.check(() -> assertThat(after).as("the database").isEqualTo(before));
    mismatches.assertNone();
  }

  private static void refused(
      Mismatches mismatches, String what, HttpResponse<String> answer, int status) {
    mismatches.check(
        () ->
            assertThat(answer.statusCode())
                .as(what + " answered " + answer.body())
                .isEqualTo(status));
    mismatches.check(
        () ->
            assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                .as(what + " content type")
                .containsAnyOf("application/json", "application/scim+json"));
    mismatches.check(
        () -> assertThat(answer.body()).as(what).doesNotContainPattern(Pages.STACK_FRAME));
    mismatches.check(
        () ->
            assertThat(isJsonObject(answer.body()))
                .as(what + " error body " + answer.body())
                .isTrue());
  }

  private static boolean isJsonObject(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonObject error = reader.readObject();
      return error.containsKey("status");
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Everything a body could have stored: the fingerprint, posts and feedback. */
  private Map<String, String> stored() throws Exception {
    Map<String, String> stored = new LinkedHashMap<>(DatabaseFingerprint.of(database));
    for (String table : new String[] {"post", "feedback_item", "conversation"}) {
      stored.put(
          table, DatabaseFingerprint.row(database, "SELECT COUNT(*), MAX(id) FROM " + table));
    }
    return stored;
  }
}
