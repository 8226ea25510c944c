package io.shoreline.portal.testing;

import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.identity.PasswordHashing;
import io.shoreline.portal.tenancy.Organization;
import io.shoreline.portal.tenancy.OrganizationKind;
import io.shoreline.portal.tenancy.Organizations;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Test fixture, never in the portal: creates an organization and its first admin, as the demo data
 * does, for black-box tests that need partners the demo data lacks. Only deployments that add this
 * class have it ({@link Deployments} leaves the testing package out). Two transactions, like the
 * demo data: {@code Organizations.signUp} cannot be used yet, it looks up the new organization by
 * an IDENTITY id that is only assigned at the flush.
 */
@WebServlet("/testing/sign-up")
public class SignUpFixture extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final String ZONE = "Europe/London";

  @Inject transient Organizations organizations;
  @Inject transient Accounts accounts;
  @Inject transient PasswordHashing passwords;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) {
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
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }
}
