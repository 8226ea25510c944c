package io.shoreline.portal.provisioning;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.identity.Invitations;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.identity.ProvisionedAccounts;
import io.shoreline.portal.identity.ProvisionedPerson;
import io.shoreline.portal.identity.sso.SingleSignOn;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Map;
import java.util.OptionalLong;

/**
 * SCIM Users of the token's organization: its accounts. Made without a password (the person gets an
 * invitation to set one), changed, deactivated (never deleted: the account stays for the record,
 * and its sessions end on their next request). Another organization's accounts are not found.
 */
@Stateless
@TenantBound
@Audited
public class ProvisionedUsers {

  static final Map<String, FilterQuery.Column> FILTERABLE =
      Map.of(
          "userName", FilterQuery.Column.text("a.email", FilterQuery.Matching.STORED_LOWER_CASE),
          "externalId", FilterQuery.Column.text("a.externalId", FilterQuery.Matching.EXACT),
          "displayName", FilterQuery.Column.text("a.displayName", FilterQuery.Matching.ANY_CASE),
          "active", FilterQuery.Column.flag("a.enabled"));

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject ProvisionedAccounts provisioned;
  @Inject Invitations invitations;
  @Inject UserRules rules;
  @Inject RoleSync roles;
  @Inject SingleSignOn singleSignOn;

  /**
   * @param inviteLink the accept page's URL, for the invitation an active new person is sent
   */
  public Account create(ScimToken token, ProvisionedUser user, String inviteLink) {
    ProvisionedPerson person = rules.person(token.getOrganizationId(), user, null);
    Account account = provisioned.create(token.getOrganizationId(), person, OrgRole.MEMBER);
    em.flush(); // the id, for the invitation and the answer
    if (Boolean.FALSE.equals(user.active())) {
      provisioned.deactivate(account);
    } else {
      invite(token, account, inviteLink);
    }
    return account;
  }

  public Account get(ScimToken token, long id) {
    return accounts
        .find(id)
        .filter(account -> account.getOrganization().getId() == token.getOrganizationId())
        .orElseThrow(() -> ScimException.notFound("User", id));
  }

  /** A page of the organization's accounts matching the filter (null: all), by id. */
  public ScimPage<Account> list(ScimToken token, String filter, int first, int max) {
    FilterQuery query =
        filter == null
            ? new FilterQuery(null, Map.of())
            : FilterQuery.of(ScimFilter.parse(filter, FILTERABLE.keySet()), FILTERABLE);
    String where =
        " FROM Account a WHERE a.organization.id = :organization"
            + (query.condition() == null ? "" : " AND " + query.condition());
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(a)" + where, Long.class);
    TypedQuery<Account> page = em.createQuery("SELECT a" + where + " ORDER BY a.id", Account.class);
    bind(count, token, query);
    bind(page, token, query);
    long total = count.getSingleResult();
    return new ScimPage<>(
        max == 0
            ? java.util.List.of()
            : page.setFirstResult(first).setMaxResults(max).getResultList(),
        total);
  }

  /** PUT, and the end of a PATCH: the account becomes what the request says. */
  public Account replace(
      ScimToken token, long id, ProvisionedUser user, OptionalLong expectedVersion, String link) {
    Account account = get(token, id);
    Versions.check("User", id, account.getVersion(), expectedVersion);
    provisioned.update(account, rules.person(token.getOrganizationId(), user, account));
    boolean active = !Boolean.FALSE.equals(user.active());
    if (!active && account.isEnabled()) {
      deactivate(account);
    } else if (active && !account.isEnabled()) {
      provisioned.activate(account);
      if (account.isPasswordPending()) {
        invite(token, account, link);
      }
    }
    return account;
  }

  /** DELETE: the account is deactivated and kept. */
  public void deactivate(ScimToken token, long id, OptionalLong expectedVersion) {
    Account account = get(token, id);
    Versions.check("User", id, account.getVersion(), expectedVersion);
    if (account.isEnabled()) {
      deactivate(account);
    }
  }

  private void deactivate(Account account) {
    roles.requireAnotherAdmin(account);
    provisioned.deactivate(account);
  }

  /** No invitation for an organization with single sign-on: its people sign in at its provider. */
  private void invite(ScimToken token, Account account, String link) {
    if (singleSignOn.requiredFor(account)) {
      return;
    }
    String inviter =
        accounts.find(token.getCreatedBy()).map(Account::getDisplayName).orElse(token.getName());
    invitations.inviteProvisioned(account, token.getCreatedBy(), inviter, link);
  }

  private static void bind(TypedQuery<?> query, ScimToken token, FilterQuery filter) {
    query.setParameter("organization", token.getOrganizationId());
    filter.parameters().forEach(query::setParameter);
  }
}
