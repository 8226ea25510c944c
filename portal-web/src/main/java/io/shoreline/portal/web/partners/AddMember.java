package io.shoreline.portal.web.partners;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.WorkspaceRole;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The "add" form of app/members.xhtml: one of the admin's own people, found by name or e-mail among
 * those not yet members, and their role in the workspace.
 */
@Named
@RequestScoped
public class AddMember {

  private static final int SUGGESTIONS = 10;

  @Inject Tenants tenants;
  @Inject Memberships memberships;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  /** The chosen account's id, as the autocomplete submits it. */
  private String person;

  private String role = WorkspaceRole.VIEWER.name();

  public List<Account> complete(String query) {
    return outcomes
        .attempt(
            () -> {
              tenants.workspaceAsAdmin();
              return memberships.candidates(query, SUGGESTIONS);
            })
        .orElse(List.of());
  }

  /** A suggestion's label; empty for what is not an account (the submitted id on a re-render). */
  public String label(Object suggestion) {
    return suggestion instanceof Account account
        ? account.getDisplayName() + " · " + account.getEmail()
        : "";
  }

  public String add() {
    if (person == null || person.isBlank()) {
      messages.error("members.choosePerson");
      return null;
    }
    boolean done =
        outcomes.attempt(
            () -> {
              tenants.workspaceAsAdmin();
              Membership added =
                  memberships.addOwn(Ids.parse(person, "account"), WorkspaceRole.valueOf(role));
              messages.info("members.added", added.getAccount().getDisplayName());
            });
    return done ? "/app/members?faces-redirect=true&w=" + tenants.getWorkspaceId() : null;
  }

  public String getPerson() {
    return person;
  }

  public void setPerson(String person) {
    this.person = person;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }
}
