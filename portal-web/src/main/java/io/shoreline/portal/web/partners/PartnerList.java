package io.shoreline.portal.web.partners;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Organization;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.PartnershipStatus;
import io.shoreline.portal.tenancy.Partnerships;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import io.shoreline.portal.web.workspace.MyWorkspaces;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Backing bean of app/org/partners.xhtml: the organization's partnerships and what this side may do
 * with each. Every action names the partnership and the version the admin saw (request parameters
 * "id" and "version"); the domain refuses it if the partnership changed meanwhile.
 */
@Named
@RequestScoped
public class PartnerList {

  private static final String PAGE = "/app/org/partners?faces-redirect=true";

  @Inject Tenants tenants;
  @Inject Partnerships partnerships;
  @Inject MyWorkspaces myWorkspaces;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private Account caller;
  private List<Partnership> all;

  /** The view action: the list is read before anything is rendered. */
  public void open() {
    getAll();
  }

  public List<Partnership> getAll() {
    if (all == null) {
      all =
          outcomes
              .attempt(
                  () -> {
                    caller = tenants.organization();
                    return partnerships.ofOwnOrganization();
                  })
              .orElse(List.of());
    }
    return all;
  }

  public boolean isAdmin() {
    getAll();
    return caller != null && caller.getRole() == OrgRole.ORG_ADMIN;
  }

  public Organization partner(Partnership partnership) {
    return partnership.partnerOf(ownId());
  }

  /** The organization that proposed the workspace, or null for one set up without invitation. */
  public Organization proposer(Partnership partnership) {
    Long by = partnership.getInvitedByOrganizationId();
    if (by == null) {
      return null;
    }
    return by == ownId() ? caller.getOrganization() : partner(partnership);
  }

  /** An invitation to this organization, which its admins accept or decline. */
  public boolean canAnswer(Partnership partnership) {
    return partnership.getStatus() == PartnershipStatus.INVITED
        && !Objects.equals(partnership.getInvitedByOrganizationId(), ownId());
  }

  public boolean canSuspend(Partnership partnership) {
    return partnership.getStatus() == PartnershipStatus.ACTIVE;
  }

  /** Only the side that suspended a workspace resumes it. */
  public boolean canResume(Partnership partnership) {
    return partnership.getStatus() == PartnershipStatus.SUSPENDED
        && Objects.equals(partnership.getStatusChangedByOrganizationId(), ownId());
  }

  public boolean canEnd(Partnership partnership) {
    return partnership.getStatus() == PartnershipStatus.ACTIVE
        || partnership.getStatus() == PartnershipStatus.SUSPENDED;
  }

  /** Whether the workspace exists (was accepted), so that its admins manage its members. */
  public boolean hasMembers(Partnership partnership) {
    return partnership.getStatus() != PartnershipStatus.INVITED
        && partnership.getStatus() != PartnershipStatus.DECLINED;
  }

  /** Whether the caller is a member, so that the workspace opens for them. */
  public boolean isMember(Partnership partnership) {
    return memberOf().contains(partnership.getId());
  }

  public String accept() {
    return change(partnerships::accept, "partners.accepted");
  }

  public String decline() {
    return change(partnerships::decline, "partners.declined");
  }

  public String suspend() {
    return change(partnerships::suspend, "partners.suspended");
  }

  public String resume() {
    return change(partnerships::resume, "partners.resumed");
  }

  public String end() {
    return change(partnerships::end, "partners.ended");
  }

  private String change(BiFunction<Long, Long, Partnership> step, String confirmation) {
    boolean done =
        outcomes.attempt(
            () -> {
              tenants.organization();
              Partnership changed =
                  step.apply(RowParameters.id("partnership"), RowParameters.version());
              messages.info(confirmation, changed.getName());
            });
    return done ? PAGE : null;
  }

  private long ownId() {
    return caller.getOrganization().getId();
  }

  private Set<Long> memberOf() {
    return myWorkspaces.getAll().stream()
        .map(Membership::getPartnership)
        .map(Partnership::getId)
        .collect(Collectors.toSet());
  }
}
