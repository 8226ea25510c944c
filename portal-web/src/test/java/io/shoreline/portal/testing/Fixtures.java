package io.shoreline.portal.testing;

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
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Test fixtures, never in the portal: what the demo data does, for black-box tests that need
 * organizations and workspaces the demo lacks. POST /testing/sign-up creates an organization and
 * its admin; POST /testing/partnership an active workspace of two of them, their admins its
 * coordinators. Only deployments that add this class have it ({@link Deployments} leaves the
 * testing package out). Each step is a transaction of its own, like the demo data's:
 * Organizations.signUp cannot be used yet, it looks the new organization up by an IDENTITY id that
 * is only assigned at the flush.
 */
@WebServlet({"/testing/sign-up", "/testing/partnership"})
public class Fixtures extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final String ZONE = "Europe/London";

  @Inject transient Organizations organizations;
  @Inject transient Accounts accounts;
  @Inject transient PasswordHashing passwords;
  @Inject transient Partnerships partnerships;
  @Inject transient Memberships memberships;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) {
    if (request.getServletPath().endsWith("sign-up")) {
      signUp(request);
    } else {
      partnership(request);
    }
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }

  private void signUp(HttpServletRequest request) {
    Organization organization =
        organizations.register(
            request.getParameter("slug"),
            request.getParameter("name"),
            OrganizationKind.valueOf(request.getParameter("kind")),
            "en",
            ZONE);
    accounts.create(
        organization,
        request.getParameter("adminEmail"),
        request.getParameter("adminName"),
        passwords.hash(request.getParameter("password").toCharArray()),
        OrgRole.ORG_ADMIN,
        "en",
        ZONE);
  }

  private void partnership(HttpServletRequest request) {
    Account client = accounts.findByEmail(request.getParameter("clientAdmin")).orElseThrow();
    Account vendor = accounts.findByEmail(request.getParameter("vendorAdmin")).orElseThrow();
    Partnership workspace =
        partnerships.establish(
            client.getOrganization(), vendor.getOrganization(), request.getParameter("name"));
    memberships.add(workspace, client, WorkspaceRole.COORDINATOR);
    memberships.add(workspace, vendor, WorkspaceRole.COORDINATOR);
  }
}
