package io.shoreline.portal.web.tenancy;

import static io.shoreline.portal.testing.DemoLogins.ATLAS_ADMIN;
import static io.shoreline.portal.testing.Widgets.css;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.testing.Browser;
import io.shoreline.portal.testing.BrowserJourney;
import io.shoreline.portal.testing.Company;
import io.shoreline.portal.testing.Mailbox;
import io.shoreline.portal.testing.Visitors;
import io.shoreline.portal.testing.Widgets;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The tenancy issue's whole journey in Chromium, as people do it: a new client signs up, invites
 * the demo vendor Atlas to a workspace, Atlas's admin accepts; each side's admin adds their own
 * people (the client's colleague arrives through the mailed invitation), the vendor switches
 * between its workspaces, and both sides read what happened in the audit trails.
 */
@BrowserJourney
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenancyJourneyIT {

  @ArquillianResource URL base;

  @Test
  void signUpInviteAcceptAddMembersSwitchAndReadTheAuditTrail() throws Exception {
    Company harbor = Company.fresh("Harbor");
    String workspace = "Harbor – Atlas " + harbor.slug();
    String colleague = "ian.wright@" + harbor.slug() + ".test";
    try (Mailbox mailbox = Mailbox.start();
        Visitors people = new Visitors(base);
        Browser hana = new Browser(base);
        Browser ian = new Browser(base)) {

      // a client signs up and proposes a workspace to the vendor with the slug "atlas"
      harbor.signUp(hana, "CLIENT").waitForPath("/app/home.xhtml");
      hana.open("app/org/partners.xhtml")
          .type("#invite-partner\\:slug", "atlas")
          .type("#invite-partner\\:name", workspace)
          .submit("#invite-partner\\:invite");
      assertThat(Widgets.rowText(hana, "partners:table", row(hana, workspace)))
          .contains("Atlas Contact Centres", "Invited");

      // the vendor's admin accepts; the workspace opens with both admins as coordinators
      Browser amina = people.browser(ATLAS_ADMIN);
      amina.open("app/org/partners.xhtml");
      amina.submit(css("partners:table:" + row(amina, workspace) + ":accept"));
      assertThat(Widgets.rowText(amina, "partners:table", row(amina, workspace)))
          .contains("Active");
      // p:linkButton: the id is on the wrapper of the link
      String members =
          amina
              .find(css("partners:table:" + row(amina, workspace) + ":members") + " a")
              .getAttribute("href");
      String w = members.substring(members.indexOf("w=") + 2);

      // the vendor's admin adds one of their own people
      amina.open("app/members.xhtml?w=" + w);
      Widgets.suggestions(amina, "add-member:person", "Rafael");
      Widgets.pick(amina, "add-member:person", "Rafael Santos");
      Widgets.choose(amina, "add-member:add-role", "Contributor");
      amina.submit("#add-member\\:add");
      assertThat(amina.text("#members\\:own")).contains("Rafael Santos", "Amina Haddad");

      // the client's admin invites a colleague, who follows the mailed link once
      hana.open("app/org/people.xhtml")
          .type("#invite\\:email", colleague)
          .type("#invite\\:name", "Ian Wright")
          .submit("#invite\\:submit");
      ian.open(relative(mailbox.invitationLinkTo(colleague)))
          .type("#accept\\:password", Company.PASSWORD)
          .type("#accept\\:confirmation", Company.PASSWORD)
          .submit("#accept\\:submit")
          .waitForPath("/app/home.xhtml");

      // ... and adds him to the workspace; the partner's side stays read-only for her
      hana.open("app/members.xhtml?w=" + w);
      assertThat(hana.text("#members\\:partner")).contains("Rafael Santos", "Amina Haddad");
      Widgets.suggestions(hana, "add-member:person", "Ian");
      Widgets.pick(hana, "add-member:person", "Ian Wright");
      hana.submit("#add-member\\:add");
      assertThat(hana.text("#members\\:own")).contains("Ian Wright", harbor.adminName());

      // Ian sees the new workspace; the vendor switches to it from its other workspaces
      ian.open("app/home.xhtml");
      assertThat(ian.text("body")).contains(workspace).doesNotContain("Contoso", "Northwind");
      amina.open("app/workspace.xhtml?w=" + people.demoWorkspaces().values().iterator().next());
      amina.click("#shell\\:workspace-switcher_button");
      amina.waitUntil(
          driver -> driver.findElement(By.linkText(workspace)).isDisplayed() ? Boolean.TRUE : null);
      amina.driver().findElement(By.linkText(workspace)).click();
      amina.waitForText("#workspace-name", workspace);

      // both sides read the workspace's trail; the client reads its own organization's trail
      assertThat(amina.text("#activity"))
          .contains("Rafael Santos (Atlas Contact Centres) as CONTRIBUTOR")
          .contains("Ian Wright (" + harbor.name() + ") as")
          .contains("Workspace " + workspace + " (ACTIVE)");
      hana.open("app/activity.xhtml?w=" + w);
      assertThat(hana.text("body")).contains("Amina Haddad", "Rafael Santos", "Ian Wright");
      hana.open("app/org/audit.xhtml");
      assertThat(hana.text("body"))
          .contains("Invitation of Ian Wright <" + colleague + ">")
          .contains("Ian Wright <" + colleague + ">, MEMBER")
          .doesNotContain("Rafael");
    }
  }

  private static int row(Browser browser, String text) {
    return Widgets.row(browser, "partners:table", text);
  }

  /** The mailed link's path, against this test's server (the portal builds it from the request). */
  private static String relative(String link) {
    return link.substring(link.indexOf("accept-invitation.xhtml"));
  }
}
