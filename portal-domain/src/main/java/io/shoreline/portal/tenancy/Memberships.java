package io.shoreline.portal.tenancy;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.isolation.CurrentTenant;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.tenancy.isolation.TenantSql;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;

/**
 * Who belongs to which workspace. Each side's admin manages only their own people; changes are
 * audited in the workspace's trail, which both sides see.
 */
@Stateless
@Audited
public class Memberships {

  @PersistenceContext EntityManager em;
  @Inject TimeSource time;
  @Inject CurrentTenant tenant;
  @Inject TenantAccess access;
  @Inject TenantSql sql;

  /** Adds a person of either side of the partnership; nobody else can be a member. */
  public Membership add(Partnership partnership, Account account, WorkspaceRole role) {
    Partnership workspace = em.find(Partnership.class, partnership.getId());
    if (!workspace.hasSide(account.getOrganization().getId())) {
      throw new IllegalArgumentException("Only people of the two partners can be members");
    }
    return persist(workspace, em.find(Account.class, account.getId()), role);
  }

  private Membership persist(Partnership workspace, Account account, WorkspaceRole role) {
    Membership membership = new Membership(workspace, account, role, time.now());
    em.persist(membership);
    return membership;
  }

  /**
   * The request's org admin (after {@code TenantAccess.openWorkspaceAsAdmin}) adds one of their own
   * organization's people to the request's workspace.
   */
  public Membership addOwn(long accountId, WorkspaceRole role) {
    Partnership workspace = requestWorkspace();
    TenantAccess.requireActive(workspace);
    Account account = ownAccount(accountId);
    if (!account.isEnabled()) {
      throw new RuleViolation("members.disabled", account.getDisplayName());
    }
    if (find(workspace.getId(), accountId).isPresent()) {
      throw new RuleViolation("members.alreadyMember", account.getDisplayName());
    }
    return persist(workspace, account, role);
  }

  public void changeOwnRole(long accountId, WorkspaceRole role, long seenVersion) {
    Membership membership = ownMembership(accountId);
    TenantAccess.requireActive(membership.getPartnership());
    ChangedMeanwhileException.check(
        "membership", membership.getId(), membership.getVersion(), seenVersion);
    membership.changeRole(role);
  }

  /**
   * Where one of the admin's own people works (a site of the admin's organization, or none) and in
   * which team: what bulletins of the other side address.
   */
  public void placeOwn(long accountId, Long siteId, String team, long seenVersion) {
    Membership membership = ownMembership(accountId);
    TenantAccess.requireActive(membership.getPartnership());
    ChangedMeanwhileException.check(
        "membership", membership.getId(), membership.getVersion(), seenVersion);
    String cleanTeam = team == null || team.isBlank() ? null : team.strip();
    if (cleanTeam != null && cleanTeam.length() > 80) {
      throw new RuleViolation("members.teamTooLong", 80);
    }
    if (siteId != null
        && sql.sitesOf(membership.getAccount().getOrganization().getId()).stream()
            .noneMatch(site -> site.id() == siteId)) {
      throw new RuleViolation("members.unknownSite");
    }
    membership.place(siteId, cleanTeam);
  }

  /** Removes one of the admin's own people; allowed in a read-only workspace too. */
  public void removeOwn(long accountId) {
    em.remove(ownMembership(accountId));
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

  /** The partnership with this id (for a job, which chose it itself). */
  public Optional<Partnership> workspace(long workspaceId) {
    return Optional.ofNullable(em.find(Partnership.class, workspaceId));
  }

  /** The partnership with this id, if the organization is one of its sides. */
  public Optional<Partnership> workspaceOf(long workspaceId, long organizationId) {
    return em.createNamedQuery(Membership.WORKSPACE_OF_ORGANIZATION, Partnership.class)
        .setParameter("workspace", workspaceId)
        .setParameter("organization", organizationId)
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

  /**
   * The request admin's own people who could join the request's workspace: enabled, not members
   * yet, with the text in their name or e-mail; at most {@code max}, by name. For the admin's "add"
   * search, so only the caller's organization is searched.
   */
  public List<Account> candidates(String text, int max) {
    Account admin = access.requireRole(OrgRole.ORG_ADMIN);
    long workspace =
        tenant.workspaceId().orElseThrow(() -> new NoSuchRecordException("workspace", "?"));
    String contains = "%" + likeLiteral(text == null ? "" : text.strip()) + "%";
    return em.createQuery(
            "SELECT a FROM Account a WHERE a.organization.id = :organization AND a.enabled = TRUE"
                + " AND (LOWER(a.displayName) LIKE :text ESCAPE '!'"
                + " OR LOWER(a.email) LIKE :text ESCAPE '!')"
                + " AND NOT EXISTS (SELECT m FROM Membership m"
                + " WHERE m.partnership.id = :workspace AND m.account = a)"
                + " ORDER BY a.displayName, a.id",
            Account.class)
        .setParameter("organization", admin.getOrganization().getId())
        .setParameter("workspace", workspace)
        .setParameter("text", contains)
        .setMaxResults(max)
        .getResultList();
  }

  /** The text as a LIKE pattern that matches it literally, lower-cased ('!' escapes). */
  private static String likeLiteral(String text) {
    return text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  /** The workspaces an account is a member of, by name. */
  public List<Membership> ofAccount(long accountId) {
    // one statement with all a page reads of them (the JPQL's nested JOIN FETCH is not applied)
    return em.createNamedQuery(Membership.OF_ACCOUNT, Membership.class)
        .setParameter("account", accountId)
        .setHint(QueryHints.FETCH, "m.account")
        .setHint(QueryHints.FETCH, "m.account.organization")
        .setHint(QueryHints.FETCH, "m.partnership.client")
        .setHint(QueryHints.FETCH, "m.partnership.vendor")
        .getResultList();
  }

  private Partnership requestWorkspace() {
    long id = tenant.workspaceId().orElseThrow(() -> new NoSuchRecordException("workspace", "?"));
    return em.find(Partnership.class, id);
  }

  /** An account of the caller's own organization; another's looks like none at all. */
  private Account ownAccount(long accountId) {
    Account account = em.find(Account.class, accountId);
    if (account == null
        || !account.getOrganization().getId().equals(access.caller().getOrganization().getId())) {
      throw new NoSuchRecordException("account", accountId);
    }
    return account;
  }

  private Membership ownMembership(long accountId) {
    Account account = ownAccount(accountId);
    return find(requestWorkspace().getId(), account.getId())
        .orElseThrow(() -> new NoSuchRecordException("membership", accountId));
  }
}
