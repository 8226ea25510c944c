package io.shoreline.portal.tenancy;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.platform.TimeSource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Who belongs to which workspace. */
@Stateless
public class Memberships {

  @PersistenceContext EntityManager em;
  @Inject TimeSource time;

  /** Adds a person of either side of the partnership; nobody else can be a member. */
  public Membership add(Partnership partnership, Account account, WorkspaceRole role) {
    Partnership workspace = em.find(Partnership.class, partnership.getId());
    Long organization = account.getOrganization().getId();
    if (!organization.equals(workspace.getClient().getId())
        && !organization.equals(workspace.getVendor().getId())) {
      throw new IllegalArgumentException("Only people of the two partners can be members");
    }
    Membership membership =
        new Membership(workspace, em.find(Account.class, account.getId()), role, time.now());
    em.persist(membership);
    return membership;
  }

  /** Removes the account from the workspace; it loses access on its next request. */
  public void remove(long workspaceId, long accountId) {
    find(workspaceId, accountId).ifPresent(em::remove);
  }

  public Optional<Membership> find(long workspaceId, long accountId) {
    return em.createNamedQuery(Membership.OF_ACCOUNT_IN_WORKSPACE, Membership.class)
        .setParameter("workspace", workspaceId)
        .setParameter("account", accountId)
        .getResultStream()
        .findFirst();
  }

  /**
   * The members of a workspace, both sides, by name. Call only after {@code
   * TenantAccess.openWorkspace} let the caller in.
   */
  public List<Membership> ofWorkspace(long workspaceId) {
    return em.createNamedQuery(Membership.OF_WORKSPACE, Membership.class)
        .setParameter("workspace", workspaceId)
        .getResultList();
  }

  /** The workspaces an account is a member of, by name. */
  public List<Membership> ofAccount(long accountId) {
    return em.createNamedQuery(Membership.OF_ACCOUNT, Membership.class)
        .setParameter("account", accountId)
        .getResultList();
  }
}
