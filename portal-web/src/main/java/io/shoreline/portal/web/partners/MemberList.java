package io.shoreline.portal.web.partners;

import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.Organization;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.PartnershipStatus;
import io.shoreline.portal.tenancy.WorkspaceRole;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Backing bean of app/members.xhtml?w=ID: an org admin of either side sees both sides' members and
 * manages their own side's. A suspended or ended workspace only lets them remove people.
 */
@Named
@RequestScoped
public class MemberList {

  @Inject Tenants tenants;
  @Inject Memberships memberships;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private Partnership workspace;
  private List<Membership> members;
  private long ownOrganization;

  /** The role selects of the own side's rows, by account id. */
  private final Map<Long, String> roles = new HashMap<>();

  /** The view action: checks the admin's right to the workspace before anything is rendered. */
  public void open() {
    load();
  }

  public String saveRole() {
    return change(
        () -> {
          // the selects are matched to rows by position: the rows must be the ones shown
          if (!getRowIds().equals(RowParameters.parameter("rows"))) {
            throw new ChangedMeanwhileException("membership", workspace.getId());
          }
          long account = RowParameters.id("account");
          String role = roles.get(account);
          if (role == null) {
            throw new NoSuchRecordException("membership", account);
          }
          memberships.changeOwnRole(account, WorkspaceRole.valueOf(role), RowParameters.version());
          messages.info("members.roleChanged", name(account));
        });
  }

  public String remove() {
    return change(
        () -> {
          long account = RowParameters.id("account");
          String name = name(account);
          memberships.removeOwn(account);
          messages.info("members.removed", name);
        });
  }

  private String change(Runnable change) {
    boolean done =
        outcomes.attempt(
            () -> {
              workspace = tenants.workspaceAsAdmin(); // a forged "w" ends here: 404
              load();
              change.run();
            });
    return done ? "/app/members?faces-redirect=true&w=" + workspace.getId() : null;
  }

  private void load() {
    if (members != null) {
      return;
    }
    members =
        outcomes
            .attempt(
                () -> {
                  workspace = tenants.workspaceAsAdmin();
                  ownOrganization = tenants.caller().getOrganization().getId();
                  return memberships.ofWorkspace(workspace.getId());
                })
            .orElse(List.of());
    // as stored; the selects' submitted roles replace these when the form is posted
    getOwn()
        .forEach(member -> roles.putIfAbsent(member.getAccount().getId(), member.getRole().name()));
  }

  public Partnership getWorkspace() {
    load();
    return workspace;
  }

  /** Also when the workspace was refused: the response is then an error, nothing is changed. */
  public boolean isReadOnly() {
    Partnership shown = getWorkspace();
    return shown == null || shown.getStatus() != PartnershipStatus.ACTIVE;
  }

  public Organization getOwnOrganization() {
    Partnership shown = getWorkspace();
    return shown.getClient().getId() == ownOrganization ? shown.getClient() : shown.getVendor();
  }

  public Organization getPartnerOrganization() {
    return getWorkspace().partnerOf(ownOrganization);
  }

  public List<Membership> getOwn() {
    return side(true);
  }

  public List<Membership> getPartners() {
    return side(false);
  }

  public Map<Long, String> getRoles() {
    return roles;
  }

  public WorkspaceRole[] getRoleChoices() {
    return WorkspaceRole.values();
  }

  /** The own side's account ids in the order shown, sent back with a role change. */
  public String getRowIds() {
    return getOwn().stream()
        .map(member -> String.valueOf(member.getAccount().getId()))
        .collect(Collectors.joining(","));
  }

  private List<Membership> side(boolean own) {
    load();
    return members.stream()
        .filter(member -> (member.getAccount().getOrganization().getId() == ownOrganization) == own)
        .toList();
  }

  private String name(long account) {
    return members.stream()
        .filter(member -> member.getAccount().getId() == account)
        .map(member -> member.getAccount().getDisplayName())
        .findFirst()
        .orElse("");
  }
}
