package io.shoreline.portal.web.visits;

import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.OrganizationKind;
import io.shoreline.portal.tenancy.WorkspaceRole;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;

/** The members of the request's workspace, by side: whom a visit or an action item may name. */
@RequestScoped
public class WorkspaceMembers {

  @Inject Tenants tenants;
  @Inject Memberships memberships;
  @Inject Outcomes outcomes;

  private List<Membership> all;

  /** Both sides, client first, each by name. */
  public List<Membership> all() {
    if (all == null) {
      all =
          outcomes
              .attempt(() -> memberships.ofWorkspace(tenants.workspace().getPartnership().getId()))
              .orElse(List.of())
              .stream()
              .sorted(
                  Comparator.comparing((Membership m) -> side(m) != OrganizationKind.CLIENT)
                      .thenComparing(m -> m.getAccount().getDisplayName()))
              .toList();
    }
    return all;
  }

  /** Who may own an action item: members of either side but viewers, who cannot act on it. */
  public List<Membership> owners() {
    return all().stream().filter(m -> m.getRole() != WorkspaceRole.VIEWER).toList();
  }

  public List<Membership> of(OrganizationKind kind) {
    return all().stream().filter(m -> side(m) == kind).toList();
  }

  private static OrganizationKind side(Membership membership) {
    return membership.getAccount().getOrganization().getKind();
  }
}
