package io.shoreline.portal.web.people;

import io.shoreline.portal.identity.Invitation;
import io.shoreline.portal.identity.Invitations;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The invitations part of app/org/people.xhtml: the admin invites a person by e-mail and sees and
 * revokes the invitations still pending.
 */
@Named
@RequestScoped
public class PeopleInvitations {

  /** Pending invitations shown, newest first; more than this at once is not a real case. */
  static final int SHOWN = 50;

  @Inject Invitations invitations;
  @Inject Tenants tenants;
  @Inject InvitationLinks links;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private String email;
  private String displayName;
  private OrgRole role = OrgRole.MEMBER;
  private List<Invitation> pending;

  public String invite() {
    boolean sent =
        outcomes
            .attempt(
                () -> {
                  tenants.organization();
                  return invitations.invite(email, displayName, role, links.acceptPage());
                })
            .isPresent();
    if (!sent) {
      return null;
    }
    messages.info("invite.sent", email.strip());
    return OrganizationPeople.SELF;
  }

  public String revoke() {
    boolean revoked =
        outcomes.attempt(
            () -> {
              tenants.organization();
              long id = RowParameters.id("invitation");
              long version = RowParameters.version();
              invitations.revoke(id, version);
            });
    if (!revoked) {
      return null;
    }
    messages.info("invite.revoked");
    return OrganizationPeople.SELF;
  }

  public List<Invitation> getPending() {
    if (pending == null) {
      pending =
          outcomes
              .attempt(
                  () -> {
                    tenants.organization();
                    return invitations.pending(0, SHOWN);
                  })
              .orElse(List.of());
    }
    return pending;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public OrgRole getRole() {
    return role;
  }

  public void setRole(OrgRole role) {
    this.role = role;
  }
}
