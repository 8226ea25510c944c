package io.shoreline.portal.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.identity.PasswordHashing;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.Organization;
import io.shoreline.portal.tenancy.OrganizationKind;
import io.shoreline.portal.tenancy.Organizations;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.Partnerships;
import io.shoreline.portal.tenancy.WorkspaceRole;
import io.shoreline.portal.testing.Deployments;
import io.shoreline.portal.testing.WebClient;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Access taken away takes effect on the very next request of a session that is already signed in.
 * Runs inside the server (to change accounts and memberships) and drives the pages over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class SessionRevocationIT {

  private static final String PASSWORD = "a-long-enough-password";

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWithTestLibraries();
  }

  @ArquillianResource URL base;
  @Inject Organizations organizations;
  @Inject Accounts accounts;
  @Inject PasswordHashing passwords;
  @Inject Partnerships partnerships;
  @Inject Memberships memberships;

  private String email;
  private Account account;
  private Partnership workspace;
  private WebClient web;

  @BeforeEach
  void aSignedInMemberOfAWorkspace() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Organization client = organization("client-" + run, OrganizationKind.CLIENT);
    Organization vendor = organization("vendor-" + run, OrganizationKind.VENDOR);
    email = "member@" + client.getSlug() + ".test";
    account =
        accounts.create(
            client,
            email,
            "Member " + run,
            passwords.hash(PASSWORD.toCharArray()),
            OrgRole.MEMBER,
            "en",
            "Europe/Paris");
    workspace = partnerships.establish(client, vendor, "Workspace " + run);
    memberships.add(workspace, account, WorkspaceRole.CONTRIBUTOR);
    web = new WebClient(base);
    assertThat(web.signIn(email, PASSWORD).statusCode()).isEqualTo(302);
  }

  @Test
  void aDisabledAccountsSessionEndsOnItsNextRequest() throws Exception {
    assertThat(web.get("app/home.xhtml").statusCode()).isEqualTo(200);

    accounts.disable(email);

    assertThat(web.get("app/home.xhtml").statusCode()).isEqualTo(302);
    assertThat(web.get("api/v1/me").statusCode()).isEqualTo(401);
    assertThat(web.signIn(email, PASSWORD).body()).contains("Incorrect e-mail or password.");
  }

  @Test
  void aMemberRemovedFromAWorkspaceLosesItOnTheNextRequest() throws Exception {
    String page = "app/workspace.xhtml?w=" + workspace.getId();
    assertThat(web.get(page).statusCode()).isEqualTo(200);

    memberships.remove(workspace.getId(), account.getId());

    assertThat(web.get(page).statusCode()).isEqualTo(404);
    assertThat(web.get("app/home.xhtml").body()).doesNotContain(workspace.getName());
  }

  private Organization organization(String slug, OrganizationKind kind) {
    return organizations.register(slug, "Org " + slug, kind, "en", "Europe/Paris");
  }
}
