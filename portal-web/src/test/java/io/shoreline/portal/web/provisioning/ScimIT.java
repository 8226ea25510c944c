package io.shoreline.portal.web.provisioning;

import static io.shoreline.portal.web.provisioning.ScimClient.json;
import static io.shoreline.portal.web.provisioning.ScimClient.q;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.provisioning.GroupRoles;
import io.shoreline.portal.provisioning.ProvisionedGroups;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.testing.ApiClient;
import io.shoreline.portal.testing.DatabaseFingerprint;
import io.shoreline.portal.testing.Mailbox;
import io.shoreline.portal.testing.Pages;
import io.shoreline.portal.testing.WebClient;
import io.shoreline.portal.web.provisioning.ScimFixtures.Tenant;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
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
 * SCIM 2.0 as an identity provider uses it, over HTTP, conformance-style: users made, read,
 * filtered, paged, replaced, patched and deactivated (whose session ends at once); groups with
 * members and the roles they grant; discovery; and every refusal in SCIM's error format. Each test
 * makes an organization of its own; another organization's resources are not found.
 */
@ExtendWith(ArquillianExtension.class)
class ScimIT {

  private static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  private static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
  private static final String PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
  private static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

  @ArquillianResource URL base;
  @Inject ScimFixtures fixtures;
  @Inject Accounts accounts;
  @Inject ProvisionedGroups groups;
  @Inject GroupRoles groupRoles;
  @Inject TenantAccess access;

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource database;

  private Tenant tenant;
  private ScimClient scim;

  @BeforeEach
  void organization() {
    tenant = fixtures.organization("scim");
    scim = new ScimClient(base, tenant.secret());
  }

  @Test
  void aPersonIsCreatedReadAndFoundByUserName() throws Exception {
    HttpResponse<String> made = createUser("ann", "Ann", "Lee", "ext-ann");

    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    assertThat(made.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/scim+json");
    JsonObject ann = json(made);
    String id = ann.getString("id");
    assertThat(made.headers().firstValue("Location").orElseThrow())
        .endsWith("/scim/v2/Users/" + id)
        .isEqualTo(ann.getJsonObject("meta").getString("location"));
    assertThat(made.headers().firstValue("ETag").orElseThrow())
        .isEqualTo(ann.getJsonObject("meta").getString("version"));
    assertThat(ann.getString("userName")).isEqualTo(email("ann"));
    assertThat(ann.getString("displayName")).isEqualTo("Ann Lee");
    assertThat(ann.getJsonObject("name").getString("givenName")).isEqualTo("Ann");
    assertThat(ann.getString("externalId")).isEqualTo("ext-ann");
    assertThat(ann.getString("preferredLanguage")).isEqualTo("fr");
    assertThat(ann.getString("timezone")).isEqualTo("Europe/Paris");
    assertThat(ann.getBoolean("active")).isTrue();
    assertThat(ann.getJsonObject("meta").getString("resourceType")).isEqualTo("User");
    // no password: the person is invited to choose one
    assertThat(pendingInvitations(email("ann"))).isEqualTo("1");

    HttpResponse<String> read = scim.get("Users/" + id);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(json(read).getString("userName")).isEqualTo(email("ann"));

    createUser("bob", "Bob", "Ray", "ext-bob");
    JsonObject byName =
        list("Users?filter=" + encode("userName eq \"" + email("ANN").toUpperCase() + "\""));
    assertThat(byName.getInt("totalResults")).isEqualTo(1);
    assertThat(byName.getJsonArray("Resources").getJsonObject(0).getString("id")).isEqualTo(id);
    assertThat(list("Users?filter=" + encode("externalId eq \"ext-bob\"")).getInt("totalResults"))
        .isEqualTo(1);
    String either =
        encode("userName eq \"" + email("ann") + "\" or userName eq \"" + email("bob") + "\"");
    JsonObject firstPage = list("Users?count=1&filter=" + either);
    assertThat(firstPage.getInt("totalResults")).isEqualTo(2);
    assertThat(firstPage.getInt("itemsPerPage")).isEqualTo(1);
    assertThat(firstPage.getJsonArray("Resources").getJsonObject(0).getString("id")).isEqualTo(id);
    JsonObject secondPage = list("Users?count=1&startIndex=2&filter=" + either);
    assertThat(secondPage.getInt("startIndex")).isEqualTo(2);
    assertThat(secondPage.getJsonArray("Resources").getJsonObject(0).getString("userName"))
        .isEqualTo(email("bob"));
    // the admin, ann and bob: this organization's people only
    assertThat(list("Users").getInt("totalResults")).isEqualTo(3);
  }

  @Test
  void aPersonIsReplacedAndPatchedWithVersionChecks() throws Exception {
    JsonObject ann = json(createUser("ann", "Ann", "Lee", "ext-ann"));
    String id = ann.getString("id");

    HttpResponse<String> replaced =
        scim.send(
            "PUT",
            "Users/" + id,
            q(
                "{'schemas':['"
                    + USER
                    + "'],'userName':'"
                    + email("ann")
                    + "','name':{'givenName':'Annie','familyName':'Lee'},'active':true}"));
    assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
    JsonObject afterPut = json(replaced);
    assertThat(afterPut.getString("displayName")).isEqualTo("Annie Lee");
    assertThat(afterPut.containsKey("externalId")).as("not given: removed").isFalse();
    assertThat(afterPut.getString("preferredLanguage")).as("the organization's").isEqualTo("en");

    String stale = ann.getJsonObject("meta").getString("version");
    HttpResponse<String> refused =
        scim.send(
            "PATCH",
            "Users/" + id,
            patch("{'op':'replace','path':'displayName','value':'X'}"),
            stale);
    assertScimError(refused, 412, null);

    String current = afterPut.getJsonObject("meta").getString("version");
    HttpResponse<String> patched =
        scim.send(
            "PATCH",
            "Users/" + id,
            patch(
                "{'op':'Replace','value':{'displayName':'Ann L.','name.familyName':'L'}},"
                    + "{'op':'add','path':'externalId','value':'ext-2'},"
                    + "{'op':'replace','path':'emails[type eq \\\"work\\\"].value','value':'"
                    + email("ann.lee")
                    + "'},{'op':'replace','path':'userName','value':'"
                    + email("ann.lee")
                    + "'}"),
            current);
    assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
    JsonObject afterPatch = json(patched);
    assertThat(afterPatch.getString("displayName")).isEqualTo("Ann L.");
    assertThat(afterPatch.getJsonObject("name").getString("familyName")).isEqualTo("L");
    assertThat(afterPatch.getString("externalId")).isEqualTo("ext-2");
    assertThat(afterPatch.getString("userName")).isEqualTo(email("ann.lee"));
    assertThat(afterPatch.getJsonObject("meta").getString("version")).isNotEqualTo(current);

    HttpResponse<String> removed =
        scim.send("PATCH", "Users/" + id, patch("{'op':'remove','path':'externalId'}"));
    assertThat(json(removed).containsKey("externalId")).isFalse();
  }

  @Test
  void deactivationEndsThePersonsSessionAndKeepsTheAccount() throws Exception {
    long id = fixtures.person(tenant, email("carl"), OrgRole.MEMBER).getId();
    WebClient carl = new WebClient(base);
    assertThat(carl.signIn(email("carl"), ScimFixtures.PASSWORD).statusCode()).isEqualTo(302);
    assertThat(carl.get("app/home.xhtml").statusCode()).isEqualTo(200);

    HttpResponse<String> off =
        scim.send("PATCH", "Users/" + id, patch("{'op':'replace','path':'active','value':false}"));

    assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
    assertThat(json(off).getBoolean("active")).isFalse();
    HttpResponse<String> next = carl.get("app/home.xhtml");
    assertThat(next.statusCode()).isEqualTo(302);
    assertThat(next.headers().firstValue("Location").orElseThrow()).contains("login.xhtml");
    assertThat(new WebClient(base).signIn(email("carl"), ScimFixtures.PASSWORD).statusCode())
        .as("cannot sign in again")
        .isNotEqualTo(302);

    // DELETE deactivates a person made by SCIM and revokes their invitation; the account stays
    String dana = json(createUser("dana", "Dana", "Moe", null)).getString("id");
    assertThat(pendingInvitations(email("dana"))).isEqualTo("1");
    assertThat(scim.send("DELETE", "Users/" + dana, null).statusCode()).isEqualTo(204);
    assertThat(pendingInvitations(email("dana"))).isEqualTo("0");
    HttpResponse<String> kept = scim.get("Users/" + dana);
    assertThat(kept.statusCode()).isEqualTo(200);
    assertThat(json(kept).getBoolean("active")).isFalse();
  }

  @Test
  void theLastEnabledAdminIsNotDeactivated() throws Exception {
    long admin = accounts.findByEmail(tenant.admin()).orElseThrow().getId();
    Map<String, String> before = DatabaseFingerprint.of(database);

    assertScimError(scim.send("DELETE", "Users/" + admin, null), 400, "invalidValue");
    assertThat(DatabaseFingerprint.of(database)).isEqualTo(before);
    assertThat(accounts.find(admin).orElseThrow().isEnabled()).isTrue();
  }

  @Test
  void aPersonInvitedBySCIMChoosesAPasswordAndSignsIn() throws Exception {
    String link;
    try (Mailbox mailbox = Mailbox.start()) {
      createUser("eve", "Eve", "Noor", null);
      link = mailbox.invitationLinkTo(email("eve"));
    }
    WebClient eve = new WebClient(base);
    String page = link.substring(link.indexOf("accept-invitation.xhtml"));

    HttpResponse<String> accepted =
        eve.submit(
            page,
            "submit",
            Map.of(
                "accept:name", "Eve Noor",
                "accept:password", "a long enough password",
                "accept:confirmation", "a long enough password"));

    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(302);
    assertThat(new WebClient(base).signIn(email("eve"), "a long enough password").statusCode())
        .isEqualTo(302);
    assertThat(pendingInvitations(email("eve"))).isEqualTo("0");
  }

  @Test
  void aPersonOfAnOrganizationWithSingleSignOnIsNotInvited() throws Exception {
    long admin = accounts.findByEmail(tenant.admin()).orElseThrow().getId();
    try (var connection = database.getConnection();
        var insert =
            connection.prepareStatement(
                "INSERT INTO sso_connection (organization_id, issuer, client_id, client_secret,"
                    + " email_claim, groups_claim, creates_accounts, enabled, updated_by,"
                    + " updated_at, version) VALUES (?, 'https://idp.example', 'shoreline',"
                    + " 'sealed', 'email', 'groups', FALSE, TRUE, ?, CURRENT_TIMESTAMP, 1)")) {
      insert.setLong(1, tenant.organization());
      insert.setLong(2, admin);
      insert.executeUpdate();
    }

    assertThat(createUser("fay", "Fay", "Wu", null).statusCode()).isEqualTo(201);
    assertThat(pendingInvitations(email("fay"))).as("signs in at the provider").isEqualTo("0");
  }

  @Test
  void groupsCarryMembersAndTheRolesTheyGrant() throws Exception {
    String ann = json(createUser("ann", "Ann", "Lee", null)).getString("id");
    String bob = json(createUser("bob", "Bob", "Ray", null)).getString("id");
    HttpResponse<String> made =
        scim.send(
            "POST",
            "Groups",
            q(
                "{'schemas':['"
                    + GROUP
                    + "'],'displayName':'Supervisors','externalId':'g-1','members':[{'value':'"
                    + ann
                    + "'}]}"));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    long group = Long.parseLong(json(made).getString("id"));
    assertThat(json(made).getJsonArray("members").getJsonObject(0).getString("value"))
        .isEqualTo(ann);

    grant(group, OrgRole.MANAGER);
    assertThat(role(ann)).isEqualTo(OrgRole.MANAGER);
    assertThat(role(bob)).as("in no group: as set by hand").isEqualTo(OrgRole.MEMBER);

    HttpResponse<String> added =
        scim.send(
            "PATCH",
            "Groups/" + group,
            patch("{'op':'add','path':'members','value':[{'value':'" + bob + "'}]}"));
    assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
    assertThat(json(added).getJsonArray("members")).hasSize(2);
    assertThat(role(bob)).isEqualTo(OrgRole.MANAGER);

    String admins =
        json(scim.send(
                "POST",
                "Groups",
                q(
                    "{'schemas':['"
                        + GROUP
                        + "'],'displayName':'Admins','members':[{'value':'"
                        + bob
                        + "'}]}")))
            .getString("id");
    grant(Long.parseLong(admins), OrgRole.ORG_ADMIN);
    assertThat(role(bob)).as("the highest role of their groups").isEqualTo(OrgRole.ORG_ADMIN);
    access.openOrganization(tenant.admin());
    assertThat(groupRoles.roleFor(List.of("supervisors", "ADMINS", "unknown")))
        .as("by group names, as SSO will ask")
        .contains(OrgRole.ORG_ADMIN);
    assertThat(groupRoles.roleFor(List.of("Supervisors"))).contains(OrgRole.MANAGER);
    assertThat(json(scim.get("Users/" + bob)).getJsonArray("groups")).hasSize(2);

    HttpResponse<String> removed =
        scim.send(
            "PATCH",
            "Groups/" + group,
            patch("{'op':'remove','path':'members[value eq \\\"" + ann + "\\\"]'}"));
    assertThat(json(removed).getJsonArray("members")).hasSize(1);
    assertThat(role(ann))
        .as("no group grants a role now: left as it was")
        .isEqualTo(OrgRole.MANAGER);

    JsonObject found = list("Groups?filter=" + encode("displayName eq \"supervisors\""));
    assertThat(found.getInt("totalResults")).isEqualTo(1);
    HttpResponse<String> renamed =
        scim.send(
            "PUT",
            "Groups/" + group,
            q("{'schemas':['" + GROUP + "'],'displayName':'Team leads','members':[]}"));
    assertThat(json(renamed).getString("displayName")).isEqualTo("Team leads");
    assertThat(json(renamed).getJsonArray("members")).isEmpty();

    assertThat(scim.send("DELETE", "Groups/" + group, null).statusCode()).isEqualTo(204);
    assertScimError(scim.get("Groups/" + group), 404, null);
  }

  @Test
  void everyRefusalIsInScimsErrorFormatAndChangesNothing() throws Exception {
    String ann = json(createUser("ann", "Ann", "Lee", "ext-ann")).getString("id");
    Tenant other = fixtures.organization("other");
    String theirs =
        json(new ScimClient(base, other.secret())
                .send("POST", "Users", user(other.domain(), "zoe", "Zoe", "Kim", null)))
            .getString("id");
    Map<String, String> before = DatabaseFingerprint.of(database);

    assertScimError(scim.send("POST", "Users", "{not json"), 400, "invalidSyntax");
    assertScimError(
        scim.send(
            "POST",
            "Users",
            q("{'schemas':['" + USER + "'],'userName':'" + email("x") + "','shoeSize':44}")),
        400,
        "invalidSyntax");
    assertScimError(
        scim.send("POST", "Users", user(tenant.domain(), "ann", "Ann", "Again", null)),
        409,
        "uniqueness");
    assertScimError(
        scim.send("POST", "Users", user(tenant.domain(), "new", "N", "N", "ext-ann")),
        409,
        "uniqueness");
    assertScimError(
        scim.get("Users?filter=" + encode("userName co \"ann\"")), 400, "invalidFilter");
    assertScimError(
        scim.send("PATCH", "Users/" + ann, patch("{'op':'replace','path':'id','value':'1'}")),
        400,
        "mutability");
    assertScimError(new ScimClient(base, null).get("Users"), 401, null);
    assertScimError(new ScimClient(base, "shl_" + "x".repeat(43)).get("Users"), 401, null);
    for (String method : new String[] {"GET", "PUT", "PATCH", "DELETE"}) {
      String body =
          method.equals("PUT")
              ? user(tenant.domain(), "zoe", "Zoe", "Kim", null)
              : method.equals("PATCH")
                  ? patch("{'op':'replace','path':'active','value':false}")
                  : null;
      HttpResponse<String> foreign = scim.send(method, "Users/" + theirs, body);
      assertScimError(foreign, 404, null);
      assertThat(foreign.body()).doesNotContain("zoe").doesNotContainPattern(Pages.STACK_FRAME);
    }
    assertScimError(
        scim.send(
            "POST",
            "Groups",
            q(
                "{'schemas':['"
                    + GROUP
                    + "'],'displayName':'Mixed','members':[{'value':'"
                    + theirs
                    + "'}]}")),
        400,
        "invalidValue");
    assertScimError(scim.get("Users/not-a-number"), 404, null);
    assertThat(DatabaseFingerprint.of(database)).isEqualTo(before);

    fixtures.revoke(tenant);
    assertScimError(scim.get("Users/" + ann), 401, null);
    // SCIM lives at /scim/v2 only, not under the portal's API
    assertThat(new ApiClient(base).get("api/v1/Users", tenant.secret()).statusCode())
        .isEqualTo(404);
  }

  @Test
  void theAdminsPageMakesAndRevokesTokensAndLetsGroupsGrantRoles() throws Exception {
    String ann = json(createUser("ann", "Ann", "Lee", null)).getString("id");
    JsonObject group =
        json(
            scim.send(
                "POST",
                "Groups",
                q(
                    "{'schemas':['"
                        + GROUP
                        + "'],'displayName':'Admins','members':[{'value':'"
                        + ann
                        + "'}]}")));
    String groupVersion = group.getJsonObject("meta").getString("version").replaceAll("\\D", "");
    WebClient admin = new WebClient(base);
    assertThat(admin.signIn(tenant.admin(), ScimFixtures.PASSWORD).statusCode()).isEqualTo(302);
    String page = "app/org/provisioning.xhtml";
    assertThat(admin.get(page).body()).contains("/scim/v2", "Admins");

    HttpResponse<String> made = admin.submit(page, "create-token", Map.of("create:name", "Okta"));
    Matcher secret = Pattern.compile("shl_[A-Za-z0-9_-]{43}").matcher(made.body());
    assertThat(secret.find()).as("the secret is shown once").isTrue();
    ScimClient okta = new ScimClient(base, secret.group());
    assertThat(okta.get("Users").statusCode()).isEqualTo(200);
    assertThat(admin.get(page).body()).as("and never again").doesNotContain(secret.group());

    HttpResponse<String> granted =
        admin.submit(
            page,
            "save-role",
            Map.of(
                "groups:table:0:role_input",
                "ORG_ADMIN",
                "id",
                group.getString("id"),
                "version",
                groupVersion));
    assertThat(granted.statusCode()).isEqualTo(302);
    assertThat(role(ann)).isEqualTo(OrgRole.ORG_ADMIN);

    // the newest token is the first row
    assertThat(admin.submit(page, "revoke", fixtures.tokenNamed(tenant, "Okta")).statusCode())
        .isEqualTo(302);
    assertScimError(okta.get("Users"), 401, null);
    assertThat(scim.get("Users").statusCode()).as("the other token still works").isEqualTo(200);

    fixtures.person(tenant, email("max"), OrgRole.MANAGER);
    WebClient manager = new WebClient(base);
    assertThat(manager.signIn(email("max"), ScimFixtures.PASSWORD).statusCode()).isEqualTo(302);
    assertThat(manager.get(page).statusCode()).as("admins only").isEqualTo(403);
  }

  @Test
  void discoveryDescribesWhatIsSupported() throws Exception {
    ScimClient anyone = new ScimClient(base, null);
    JsonObject config = json(anyone.get("ServiceProviderConfig"));
    assertThat(config.getJsonObject("patch").getBoolean("supported")).isTrue();
    assertThat(config.getJsonObject("filter").getBoolean("supported")).isTrue();
    assertThat(config.getJsonObject("bulk").getBoolean("supported")).isFalse();
    assertThat(config.getJsonObject("etag").getBoolean("supported")).isTrue();
    JsonObject types = json(anyone.get("ResourceTypes"));
    assertThat(types.getInt("totalResults")).isEqualTo(2);
    assertThat(types.toString()).contains("\"endpoint\":\"/Users\"", "\"endpoint\":\"/Groups\"");
    JsonObject schemas = json(anyone.get("Schemas"));
    assertThat(schemas.toString()).contains(USER, GROUP, "\"name\":\"userName\"");
  }

  private HttpResponse<String> createUser(String local, String given, String family, String ext)
      throws Exception {
    return scim.send("POST", "Users", user(tenant.domain(), local, given, family, ext));
  }

  private static String user(String domain, String local, String given, String family, String ext) {
    String address = local + "@" + domain;
    return q(
        "{'schemas':['"
            + USER
            + "'],'userName':'"
            + address
            + "','name':{'givenName':'"
            + given
            + "','familyName':'"
            + family
            + "'},'emails':[{'value':'"
            + address
            + "','type':'work','primary':true}],'active':true,"
            + (ext == null ? "" : "'externalId':'" + ext + "',")
            + "'preferredLanguage':'fr-CA','timezone':'Europe/Paris'}");
  }

  private static String patch(String operations) {
    return q("{'schemas':['" + PATCH + "'],'Operations':[" + operations + "]}");
  }

  private String email(String local) {
    return local + "@" + tenant.domain();
  }

  private JsonObject list(String path) throws Exception {
    HttpResponse<String> listed = scim.get(path);
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    JsonObject body = json(listed);
    assertThat(body.getJsonArray("schemas").getString(0))
        .isEqualTo("urn:ietf:params:scim:api:messages:2.0:ListResponse");
    return body;
  }

  private void grant(long group, OrgRole role) {
    access.openOrganization(tenant.admin());
    long version =
        groups.page(0, 100).stream()
            .filter(g -> g.getId() == group)
            .findFirst()
            .orElseThrow()
            .getVersion();
    groups.grant(group, role, version);
  }

  private OrgRole role(String id) {
    return accounts.find(Long.parseLong(id)).orElseThrow().getRole();
  }

  private String pendingInvitations(String email) throws Exception {
    return DatabaseFingerprint.row(
        database,
        "SELECT COUNT(*) FROM invitation WHERE email = '"
            + email
            + "' AND accepted_at IS NULL AND revoked_at IS NULL");
  }

  private static String encode(String filter) {
    return java.net.URLEncoder.encode(filter, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void assertScimError(HttpResponse<String> response, int status, String scimType) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/scim+json");
    JsonObject error = json(response);
    assertThat(error.getJsonArray("schemas").getString(0)).isEqualTo(ERROR);
    assertThat(error.getString("status")).isEqualTo(String.valueOf(status));
    if (scimType != null) {
      assertThat(error.getString("scimType")).isEqualTo(scimType);
    }
    assertThat(response.body()).doesNotContainPattern(Pages.STACK_FRAME);
  }
}
