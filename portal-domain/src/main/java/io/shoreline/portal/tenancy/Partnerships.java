package io.shoreline.portal.tenancy;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Partnership workspaces between a client and a vendor: one side's admin invites, the other side's
 * admin accepts or declines; either side suspends, resumes or ends. Every step is audited in the
 * workspace's trail.
 */
@Stateless
@Audited
public class Partnerships {

  private static final int NAME_LENGTH = 200;
  private static final Set<PartnershipStatus> REOPENABLE =
      EnumSet.of(PartnershipStatus.DECLINED, PartnershipStatus.ENDED);

  @PersistenceContext EntityManager em;
  @Inject TimeSource time;
  @Inject TenantAccess access;
  @Inject Memberships memberships;
  @Inject Organizations organizations;
  @Inject Event<WorkspaceOpened> opened;

  /** An active workspace of a client and a vendor without invitation: demo data only. */
  public Partnership establish(Organization client, Organization vendor, String name) {
    // found again, not merged: a caller's detached copy must not overwrite newer state
    Organization clientNow = em.find(Organization.class, client.getId());
    Organization vendorNow = em.find(Organization.class, vendor.getId());
    if (clientNow.getKind() != OrganizationKind.CLIENT
        || vendorNow.getKind() != OrganizationKind.VENDOR) {
      throw new IllegalArgumentException("A partnership joins one client and one vendor");
    }
    Partnership partnership =
        new Partnership(clientNow, vendorNow, name, PartnershipStatus.ACTIVE, time.now());
    em.persist(partnership);
    em.flush(); // its id names the workspace
    opened.fire(new WorkspaceOpened(partnership.getId()));
    return partnership;
  }

  /**
   * The caller (an org admin) proposes a workspace to the organization with this slug; its admins
   * accept or decline.
   */
  public Partnership invite(String partnerSlug, String workspaceName) {
    Account caller = access.requireRole(OrgRole.ORG_ADMIN);
    Organization own = caller.getOrganization();
    String name = workspaceName == null ? "" : workspaceName.strip();
    if (name.isEmpty() || name.length() > NAME_LENGTH) {
      throw new RuleViolation("partners.nameRequired", NAME_LENGTH);
    }
    Organization partner =
        organizations
            .findBySlug(partnerSlug == null ? "" : partnerSlug.strip().toLowerCase())
            .filter(found -> found.getStatus() == OrganizationStatus.ACTIVE)
            .orElseThrow(() -> new RuleViolation("partners.unknown", partnerSlug));
    if (!opposite(own.getKind(), partner.getKind())) {
      throw new RuleViolation("partners.sameKind", partner.getName());
    }
    Organization client = own.getKind() == OrganizationKind.CLIENT ? own : partner;
    Organization vendor = own.getKind() == OrganizationKind.VENDOR ? own : partner;
    Partnership partnership =
        em.createNamedQuery(Partnership.OF_PAIR, Partnership.class)
            .setParameter("client", client.getId())
            .setParameter("vendor", vendor.getId())
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (partnership == null) {
      partnership = new Partnership(client, vendor, name, PartnershipStatus.INVITED, time.now());
      em.persist(partnership);
    } else if (!REOPENABLE.contains(partnership.getStatus())) {
      throw new RuleViolation("partners.exists", partner.getName(), partnership.getStatus());
    }
    partnership.invitedBy(own.getId(), caller.getId(), name, time.now());
    return partnership;
  }

  /** Every partnership of the caller's organization, in any status, by name. */
  public List<Partnership> ofOwnOrganization() {
    return em.createNamedQuery(Partnership.OF_ORGANIZATION, Partnership.class)
        .setParameter("organization", access.caller().getOrganization().getId())
        .getResultList();
  }

  /**
   * The invited side's admin accepts: the workspace opens, with the inviting admin (if still there)
   * and the accepting admin as its first coordinators.
   */
  public Partnership accept(long id, long seenVersion) {
    Account caller = access.requireRole(OrgRole.ORG_ADMIN);
    Partnership partnership = invitedToCaller(id, seenVersion, caller);
    partnership.changeStatus(PartnershipStatus.ACTIVE, ownId(caller), time.now());
    opened.fire(new WorkspaceOpened(id));
    coordinator(partnership, caller);
    Account inviter =
        partnership.getInvitedByAccountId() == null
            ? null
            : em.find(Account.class, partnership.getInvitedByAccountId());
    if (inviter != null && inviter.isEnabled() && memberships.find(id, inviter.getId()).isEmpty()) {
      coordinator(partnership, inviter);
    }
    return partnership;
  }

  public Partnership decline(long id, long seenVersion) {
    Account caller = access.requireRole(OrgRole.ORG_ADMIN);
    Partnership partnership = invitedToCaller(id, seenVersion, caller);
    partnership.changeStatus(PartnershipStatus.DECLINED, ownId(caller), time.now());
    return partnership;
  }

  /** Either side makes the workspace read-only for both, until the same side resumes it. */
  public Partnership suspend(long id, long seenVersion) {
    Account caller = access.requireRole(OrgRole.ORG_ADMIN);
    Partnership partnership = ownPartnership(id, seenVersion, caller);
    requireStatus(partnership, PartnershipStatus.ACTIVE);
    partnership.changeStatus(PartnershipStatus.SUSPENDED, ownId(caller), time.now());
    return partnership;
  }

  public Partnership resume(long id, long seenVersion) {
    Account caller = access.requireRole(OrgRole.ORG_ADMIN);
    Partnership partnership = ownPartnership(id, seenVersion, caller);
    requireStatus(partnership, PartnershipStatus.SUSPENDED);
    if (!Long.valueOf(ownId(caller)).equals(partnership.getStatusChangedByOrganizationId())) {
      throw new RuleViolation("partners.resumeBySuspender");
    }
    partnership.changeStatus(PartnershipStatus.ACTIVE, ownId(caller), time.now());
    return partnership;
  }

  /** Ends the workspace for good: it stays readable, nothing in it changes any more. */
  public Partnership end(long id, long seenVersion) {
    Account caller = access.requireRole(OrgRole.ORG_ADMIN);
    Partnership partnership = ownPartnership(id, seenVersion, caller);
    if (partnership.getStatus() != PartnershipStatus.ACTIVE
        && partnership.getStatus() != PartnershipStatus.SUSPENDED) {
      throw new RuleViolation("partners.wrongStatus", partnership.getStatus());
    }
    partnership.changeStatus(PartnershipStatus.ENDED, ownId(caller), time.now());
    return partnership;
  }

  private void coordinator(Partnership workspace, Account account) {
    em.persist(new Membership(workspace, account, WorkspaceRole.COORDINATOR, time.now()));
  }

  private Partnership invitedToCaller(long id, long seenVersion, Account caller) {
    Partnership partnership = ownPartnership(id, seenVersion, caller);
    requireStatus(partnership, PartnershipStatus.INVITED);
    if (Long.valueOf(ownId(caller)).equals(partnership.getInvitedByOrganizationId())) {
      throw new RuleViolation("partners.ownInvitation");
    }
    return partnership;
  }

  /** A partnership of the caller's organization, as the caller saw it; others do not exist. */
  private Partnership ownPartnership(long id, long seenVersion, Account caller) {
    Partnership partnership = em.find(Partnership.class, id);
    if (partnership == null || !partnership.hasSide(ownId(caller))) {
      throw new NoSuchRecordException("partnership", id);
    }
    ChangedMeanwhileException.check("partnership", id, partnership.getVersion(), seenVersion);
    return partnership;
  }

  private static void requireStatus(Partnership partnership, PartnershipStatus expected) {
    if (partnership.getStatus() != expected) {
      throw new RuleViolation("partners.wrongStatus", partnership.getStatus());
    }
  }

  private static long ownId(Account caller) {
    return caller.getOrganization().getId();
  }

  private static boolean opposite(OrganizationKind own, OrganizationKind partner) {
    return (own == OrganizationKind.CLIENT && partner == OrganizationKind.VENDOR)
        || (own == OrganizationKind.VENDOR && partner == OrganizationKind.CLIENT);
  }
}
