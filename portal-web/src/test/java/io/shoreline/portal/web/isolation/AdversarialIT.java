package io.shoreline.portal.web.isolation;

import static io.shoreline.portal.testing.DemoLogins.CONTOSO_ADMIN;
import static io.shoreline.portal.testing.DemoLogins.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.testing.ApiClient;
import io.shoreline.portal.testing.DatabaseFingerprint;
import io.shoreline.portal.testing.Pages;
import io.shoreline.portal.testing.Routes;
import io.shoreline.portal.testing.Routes.Action;
import io.shoreline.portal.testing.Routes.Exposure;
import io.shoreline.portal.testing.Routes.Route;
import io.shoreline.portal.testing.WebClient;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The adversarial suite. With the demo's fixtures (clients Northwind and Contoso, vendor Atlas,
 * workspaces Northwind–Atlas and Contoso–Atlas, people of every role on each side), every person of
 * Northwind tries every catalogued route and form action of the portal ({@link Routes}, which
 * RouteInventoryTest keeps complete) on Contoso's workspace and on Contoso's and Atlas's private
 * records: each attempt must be answered 404 or 403 and leave the database exactly as it was.
 */
@ExtendWith(ArquillianExtension.class)
class AdversarialIT {

  private static final Logger LOG = Logger.getLogger(AdversarialIT.class.getName());

  /** Northwind's people, one of every organization role, and Atlas's member of N–A only. */
  private static final List<String> ATTACKERS =
      List.of(
          "claire.dubois@northwind.example",
          "luc.martin@northwind.example",
          "sophie.bernard@northwind.example");

  /**
   * A scorecard period: not a record, the same key in every workspace. Another workspace's
   * scorecard is refused before its period is read.
   */
  private static final String PERIOD = "2026-11";

  @ArquillianResource URL base;
  @Inject Victims victims;

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource database;

  private Map<String, String> ids;

  @BeforeEach
  void theOtherTenantsRecords() throws Exception {
    ids = victims.ids();
  }

  @Test
  void everyWorkspaceRouteIsNotFoundForEveryRoleOfTheOtherClient() throws Exception {
    int attempts = 0;
    for (String attacker : ATTACKERS) {
      WebClient web = signedIn(attacker);
      for (Route route : Routes.exposing(Exposure.WORKSPACE)) {
        Map<String, String> before = DatabaseFingerprint.of(database);
        HttpResponse<String> attempt =
            route.method().equals("GET")
                ? web.get(route.withIds(otherTenantIds()))
                : web.send(
                    route.method(),
                    route.withIds(otherTenantIds()),
                    "application/json",
                    "{\"markdown\":\"Forged through the API\"}");
        attempts++;
        assertThat(attempt.statusCode()).as(attacker + " " + route.path()).isIn(403, 404);
        assertThat(attempt.body())
            .as(route.path())
            .doesNotContain("Contoso", "James Clarke")
            .doesNotContainPattern(Pages.STACK_FRAME);
        assertThat(DatabaseFingerprint.of(database)).as(route.path()).isEqualTo(before);
      }
    }
    LOG.info("Adversarial page, download and API attempts: " + attempts);
    assertThat(attempts).isEqualTo(ATTACKERS.size() * Routes.exposing(Exposure.WORKSPACE).size());
  }

  @Test
  void everyTenantActionRefusesTheOtherTenantsRecordsAndChangesNothing() throws Exception {
    Map<Action, Integer> attemptsPerAction = new LinkedHashMap<>();
    for (String attacker : ATTACKERS) {
      WebClient web = signedIn(attacker);
      for (Action action : Routes.ACTIONS.stream().filter(Action::isProbed).toList()) {
        String page = ownView(action.view());
        if (!web.get(page).body().contains(":" + action.button() + "\"")) {
          continue; // this role is not offered the action at all (the page enforces it too)
        }
        Map<String, String> before = DatabaseFingerprint.of(database);
        HttpResponse<String> attempt = web.submit(page, action.button(), forged(action));
        attemptsPerAction.merge(action, 1, Integer::sum);
        String what = attacker + " " + action.method() + " " + action.forged();
        assertThat(attempt.statusCode()).as(what).isIn(403, 404);
        assertThat(attempt.body()).as(what).doesNotContainPattern(Pages.STACK_FRAME);
        assertThat(DatabaseFingerprint.of(database)).as(what).isEqualTo(before);
      }
    }
    int attempts = attemptsPerAction.values().stream().mapToInt(Integer::intValue).sum();
    LOG.info("Adversarial form attempts: " + attempts + " over " + attemptsPerAction.size());
    assertThat(attemptsPerAction.keySet())
        .as("every probed action was attacked by at least one role")
        .containsExactlyInAnyOrderElementsOf(
            Routes.ACTIONS.stream().filter(Action::isProbed).toList());
  }

  /**
   * Every API route with a write token of Atlas in one workspace, on the other: its workspace and
   * feed, its workspace and the token's own feed, the token's workspace and the other's feed. Each
   * is not found, and nothing changes.
   */
  @Test
  void everyTokenRouteRefusesATokenOfTheOtherWorkspace() throws Exception {
    ApiClient api = new ApiClient(base);
    String own = ids.get("ownWorkspace");
    String other = ids.get("otherWorkspace");
    Map<String, List<Map<String, String>>> attacks =
        Map.of(
            ids.get("ownAtlasSecret"),
            List.of(
                Map.of("w", other, "f", ids.get("otherTokenFeed")),
                Map.of("w", other, "f", ids.get("ownTokenFeed")),
                Map.of("w", own, "f", ids.get("otherTokenFeed"))),
            ids.get("otherAtlasSecret"),
            List.of(
                Map.of("w", own, "f", ids.get("ownTokenFeed")),
                Map.of("w", own, "f", ids.get("otherTokenFeed")),
                Map.of("w", other, "f", ids.get("ownTokenFeed"))));
    int attempts = 0;
    for (var attack : attacks.entrySet()) {
      for (Map<String, String> target : attack.getValue()) {
        for (Route route : Routes.exposing(Exposure.API_TOKEN)) {
          if (!route.path().contains("{f}") && !target.get("w").equals(foreignWorkspace(attack))) {
            continue; // a route naming only the workspace: the token's own one is its to read
          }
          Map<String, String> before = DatabaseFingerprint.of(database);
          HttpResponse<String> attempt =
              api.send(
                  route.method(),
                  route.withIds(target),
                  attack.getKey(),
                  "date,queue,offered\n2031-01-01,Forged,1\n");
          attempts++;
          String what = route.path() + " " + target;
          assertThat(attempt.statusCode()).as(what).isEqualTo(404);
          assertThat(attempt.body())
              .as(what)
              .doesNotContain("Adversarial KPIs", "Contoso")
              .doesNotContainPattern(Pages.STACK_FRAME);
          assertThat(DatabaseFingerprint.of(database)).as(what).isEqualTo(before);
        }
      }
    }
    LOG.info("Adversarial API token attempts: " + attempts);
    // three targets for a route naming a feed, the two in the foreign workspace for the others
    long namingAFeed =
        Routes.exposing(Exposure.API_TOKEN).stream()
            .filter(route -> route.path().contains("{f}"))
            .count();
    long namingTheWorkspace = Routes.exposing(Exposure.API_TOKEN).size() - namingAFeed;
    assertThat(attempts).isEqualTo(6 * namingAFeed + 4 * namingTheWorkspace);
  }

  /**
   * Every SCIM route naming a resource, with Northwind's SCIM token on Contoso's person or group:
   * not found, in SCIM's error format, and nothing changes. The lists with that token find none of
   * Contoso's people or groups, even when filtering for them by name.
   */
  @Test
  void everyScimRouteRefusesATokenOfAnotherOrganization() throws Exception {
    ApiClient api = new ApiClient(base);
    String secret = ids.get("ownScimSecret");
    int attempts = 0;
    for (Route route : Routes.exposing(Exposure.SCIM_TOKEN)) {
      if (!route.path().contains("{id}")) {
        continue; // lists and creation act on the token's own organization: below
      }
      String other = ids.get(route.path().contains("/Users/") ? "otherScimUser" : "otherScimGroup");
      Map<String, String> before = DatabaseFingerprint.of(database);
      HttpResponse<String> attempt =
          api.http()
              .send(
                  java.net.http.HttpRequest.newBuilder(api.uri(route.withIds(Map.of("id", other))))
                      .header("Authorization", "Bearer " + secret)
                      .header("Content-Type", "application/scim+json")
                      .method(route.method(), scimBody(route))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      attempts++;
      assertThat(attempt.statusCode()).as(route.path()).isEqualTo(404);
      assertThat(attempt.body())
          .as(route.path())
          .contains("urn:ietf:params:scim:api:messages:2.0:Error")
          .doesNotContain("contoso", "Contoso", ProvisioningVictims.GROUP)
          .doesNotContainPattern(Pages.STACK_FRAME);
      assertThat(DatabaseFingerprint.of(database)).as(route.path()).isEqualTo(before);
    }
    assertThat(attempts).isEqualTo(8);
    for (String list :
        List.of(
            "scim/v2/Users?filter=userName%20eq%20%22provisioned%40contoso.example%22",
            "scim/v2/Users?filter=userName%20eq%20%22tom.evans%40contoso.example%22",
            "scim/v2/Users?count=200")) {
      HttpResponse<String> listed = api.get(list, secret);
      assertThat(listed.statusCode()).as(list).isEqualTo(200);
      assertThat(listed.body()).as(list).doesNotContain("contoso");
    }
    HttpResponse<String> groups = api.get("scim/v2/Groups?count=200", secret);
    assertThat(groups.body()).contains(ProvisioningVictims.GROUP).doesNotContain("contoso");
    assertThat(groups.body().split(ProvisioningVictims.GROUP, -1)).as("own group only").hasSize(2);
  }

  /** A body each method accepts, so that only the organization can refuse it. */
  private static java.net.http.HttpRequest.BodyPublisher scimBody(Route route) {
    String body =
        switch (route.method()) {
          case "PUT" ->
              route.path().contains("/Users/")
                  ? "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                      + "\"userName\":\"forged@northwind.example\",\"active\":false}"
                  : "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                      + "\"displayName\":\"Forged\",\"members\":[]}";
          case "PATCH" ->
              "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                  + "\"Operations\":[{\"op\":\"replace\",\"path\":\"displayName\","
                  + "\"value\":\"Forged\"}]}";
          default -> null;
        };
    return body == null
        ? java.net.http.HttpRequest.BodyPublishers.noBody()
        : java.net.http.HttpRequest.BodyPublishers.ofString(body);
  }

  /** The workspace that is not the attacking token's own. */
  private String foreignWorkspace(Map.Entry<String, List<Map<String, String>>> attack) {
    return attack.getKey().equals(ids.get("ownAtlasSecret"))
        ? ids.get("otherWorkspace")
        : ids.get("ownWorkspace");
  }

  @Test
  void theOtherSideSeesItsOwnRecordsUnharmed() throws Exception {
    WebClient contoso = signedIn(CONTOSO_ADMIN);

    assertThat(contoso.get("app/workspace.xhtml?w=" + ids.get("otherWorkspace")).statusCode())
        .isEqualTo(200);
  }

  /** The other client's workspace and its records, for the placeholders of a route. */
  private Map<String, String> otherTenantIds() {
    Map<String, String> other =
        new java.util.HashMap<>(
            Map.ofEntries(
                Map.entry("workspace", ids.get("otherWorkspace")),
                Map.entry("w", ids.get("otherWorkspace")),
                Map.entry("thread", ids.get("otherThread")),
                Map.entry("t", ids.get("otherThread")),
                Map.entry("post", ids.get("otherPost")),
                Map.entry("attachment", ids.get("otherAttachment")),
                Map.entry("visit", ids.get("otherVisit")),
                Map.entry("photo", ids.get("otherPhoto")),
                Map.entry("action", ids.get("otherAction")),
                Map.entry("site", ids.get("otherVisitSite")),
                Map.entry("feed", ids.get("otherFeed")),
                Map.entry("period", PERIOD),
                Map.entry("agent", ids.get("otherAgent")),
                Map.entry("org", ids.get("otherOrganization"))));
    for (String record :
        List.of(
            "bulletin",
            "trainingDocument",
            "trainingFile",
            "authorityVersion",
            "programme",
            "proposal",
            "kpi",
            "incident",
            "feedbackItem")) {
      other.put(
          record, ids.get("other" + Character.toUpperCase(record.charAt(0)) + record.substring(1)));
    }
    return other;
  }

  /** The attacker's own page of an action: each {name} is their own record, "own" + Name. */
  private String ownView(String view) {
    Matcher placeholder = Pattern.compile("\\{(\\w+)}").matcher(view);
    StringBuilder page = new StringBuilder();
    while (placeholder.find()) {
      String key =
          "own"
              + Character.toUpperCase(placeholder.group(1).charAt(0))
              + placeholder.group(1).substring(1);
      assertThat(ids).as("a value for " + key).containsKey(key);
      placeholder.appendReplacement(page, ids.get(key));
    }
    placeholder.appendTail(page);
    return page.substring(1);
  }

  private Map<String, String> forged(Action action) {
    Map<String, String> values = new LinkedHashMap<>();
    action
        .forged()
        .forEach(
            (name, value) -> {
              if (value.startsWith("{") && value.endsWith("}")) {
                String key = value.substring(1, value.length() - 1);
                assertThat(ids).as("a value for " + value).containsKey(key);
                values.put(name, ids.get(key));
              } else {
                values.put(name, value); // a literal, such as a note's text
              }
            });
    return values;
  }

  private WebClient signedIn(String email) throws Exception {
    return WebClient.signedIn(base, email, PASSWORD);
  }
}
