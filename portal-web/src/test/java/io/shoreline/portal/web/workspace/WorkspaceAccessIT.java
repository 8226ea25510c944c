package io.shoreline.portal.web.workspace;

import static io.shoreline.portal.testing.DemoLogins.ATLAS_ADMIN;
import static io.shoreline.portal.testing.DemoLogins.NORTHWIND_ADMIN;
import static io.shoreline.portal.testing.DemoLogins.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.testing.Pages;
import io.shoreline.portal.testing.Routes;
import io.shoreline.portal.testing.Routes.Exposure;
import io.shoreline.portal.testing.Routes.Route;
import io.shoreline.portal.testing.WebClient;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Workspace pages over HTTP, as members and as outsiders: the demo's Northwind–Atlas and
 * Contoso–Atlas workspaces share the vendor, and Northwind must never see into Contoso's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkspaceAccessIT {

  private static final Pattern WORKSPACE_LINK =
      Pattern.compile("href=\"/app/workspace\\.xhtml\\?w=(\\d+)\"[^>]*>([^<]+)</a>");

  @ArquillianResource URL base;
  private Map<String, String> workspaceIds;

  @BeforeEach
  void findTheDemoWorkspacesAsTheirVendor() throws Exception {
    WebClient vendor = new WebClient(base);
    vendor.signIn(ATLAS_ADMIN, PASSWORD);
    workspaceIds = new HashMap<>();
    Matcher link = WORKSPACE_LINK.matcher(vendor.get("app/home.xhtml").body());
    while (link.find()) {
      workspaceIds.put(link.group(2), link.group(1));
    }
    assertThat(workspaceIds)
        .containsKeys(
            "Northwind Retail – Atlas Contact Centres", "Contoso Bank – Atlas Contact Centres");
  }

  @Test
  void aMemberSeesBothSidesAndTheRecentActivity() throws Exception {
    WebClient northwind = signedIn(NORTHWIND_ADMIN);

    HttpResponse<String> page =
        northwind.get(workspace("Northwind Retail – Atlas Contact Centres"));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Claire Dubois", "Amina Haddad", "Northwind Retail", "Atlas Contact Centres")
        // the latest 20 events: other test classes (the adversarial suite's fixtures) add some
        .containsPattern("<ul id=\"activity\"[^>]*>\\s*<li>")
        .doesNotContain("Nothing has happened here yet.")
        .doesNotContain("Contoso");
  }

  @Test
  void anotherClientsWorkspaceWithTheSameVendorIsNotFound() throws Exception {
    WebClient northwind = signedIn(NORTHWIND_ADMIN);

    HttpResponse<String> page = northwind.get(workspace("Contoso Bank – Atlas Contact Centres"));

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body())
        .contains("Page not found")
        .doesNotContain("Contoso", "James Clarke")
        .doesNotContainPattern(Pages.STACK_FRAME);
  }

  /**
   * The routes that name nothing but the workspace (pages and API reads); those naming a record of
   * it too are served to members in the feature journeys and refused across tenants in
   * AdversarialIT.
   */
  @Test
  void everyWorkspaceRouteServesItsMembersAndRefusesTheOtherClient() throws Exception {
    WebClient northwind = signedIn(NORTHWIND_ADMIN);
    String own = workspaceIds.get("Northwind Retail – Atlas Contact Centres");
    String other = workspaceIds.get("Contoso Bank – Atlas Contact Centres");
    List<Route> workspaceOnly =
        Routes.exposing(Exposure.WORKSPACE).stream()
            .filter(route -> route.method().equals("GET"))
            .filter(route -> !route.withIds(Map.of("workspace", "1", "w", "1")).contains("{"))
            .toList();

    assertThat(workspaceOnly).hasSizeGreaterThanOrEqualTo(7);
    for (Route route : workspaceOnly) {
      assertThat(northwind.get(route.withIds(Map.of("workspace", own, "w", own))).statusCode())
          .as(route.path() + " in the own workspace")
          .isEqualTo(200);
      HttpResponse<String> attempt =
          northwind.get(route.withIds(Map.of("workspace", other, "w", other)));
      assertThat(attempt.statusCode()).as(route.path() + " in the other").isIn(403, 404);
      assertThat(attempt.body()).as(route.path()).doesNotContain("Contoso", "James Clarke");
    }
  }

  @Test
  void vendorStaffSeeOnlyTheWorkspacesTheyAreMembersOf() throws Exception {
    WebClient maria = signedIn("maria.reyes@atlas.example");

    assertThat(maria.get("app/home.xhtml").body())
        .contains("Northwind Retail – Atlas Contact Centres")
        .doesNotContain("Contoso");
    assertThat(maria.get(workspace("Contoso Bank – Atlas Contact Centres")).statusCode())
        .isEqualTo(404);
  }

  @Test
  void malformedAndUnknownWorkspaceIdsAreNotFoundToo() throws Exception {
    WebClient northwind = signedIn(NORTHWIND_ADMIN);

    for (String id : new String[] {"abc", "", "-1", "99999999", "1%20OR%201=1"}) {
      assertThat(northwind.get("app/workspace.xhtml?w=" + id).statusCode()).as(id).isEqualTo(404);
    }
    assertThat(northwind.get("app/workspace.xhtml").statusCode()).isEqualTo(404);
  }

  @Test
  void strangersAreSentToSignIn() throws Exception {
    HttpResponse<String> page =
        new WebClient(base).get(workspace("Northwind Retail – Atlas Contact Centres"));

    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/login.xhtml"));
  }

  private WebClient signedIn(String email) throws Exception {
    return WebClient.signedIn(base, email, PASSWORD);
  }

  private String workspace(String name) {
    return "app/workspace.xhtml?w=" + workspaceIds.get(name);
  }
}
