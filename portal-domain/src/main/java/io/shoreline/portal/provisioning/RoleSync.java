package io.shoreline.portal.provisioning;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.identity.ProvisionedAccounts;
import io.shoreline.portal.platform.RuleViolation;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes people's roles follow their groups after a change of groups or of a group's role, in the
 * changing boundary's transaction (and tenant). An organization keeps one enabled admin: a change
 * that would leave it none is refused, and nothing changes.
 */
@Dependent
public class RoleSync {

  @PersistenceContext EntityManager em;
  @Inject ProvisionedAccounts provisioned;

  /** Each of these accounts gets the role its groups grant, if they grant one. */
  void follow(Collection<Long> accountIds) {
    if (accountIds.isEmpty()) {
      return;
    }
    em.flush(); // the memberships and roles just changed count
    Map<Long, List<OrgRole>> granted = new HashMap<>();
    em.createQuery(
            "SELECT m.accountId, g.role FROM ScimGroup g, ScimGroupMember m"
                + " WHERE m.groupId = g.id AND m.accountId IN :ids AND g.role IS NOT NULL",
            Object[].class)
        .setParameter("ids", accountIds)
        .getResultStream()
        .forEach(
            row ->
                granted
                    .computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add((OrgRole) row[1]));
    if (granted.isEmpty()) {
      return; // no group of theirs grants a role: roles stay as set by hand
    }
    List<Account> accounts =
        em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
            .setParameter("ids", granted.keySet())
            .getResultList();
    for (Account account : accounts) {
      OrgRole role = GroupRoles.highest(granted.get(account.getId())).orElseThrow();
      if (role != account.getRole()) {
        if (role != OrgRole.ORG_ADMIN) {
          requireAnotherAdmin(account);
        }
        provisioned.changeRole(account, role);
      }
    }
  }

  /** Refuses to take away the organization's last enabled admin. */
  void requireAnotherAdmin(Account account) {
    if (account.getRole() != OrgRole.ORG_ADMIN || !account.isEnabled()) {
      return;
    }
    em.flush();
    long admins =
        em.createQuery(
                "SELECT COUNT(a) FROM Account a WHERE a.organization.id = :organization"
                    + " AND a.enabled = TRUE AND a.role = :admin",
                Long.class)
            .setParameter("organization", account.getOrganization().getId())
            .setParameter("admin", OrgRole.ORG_ADMIN)
            .getSingleResult();
    if (admins <= 1) {
      throw new RuleViolation("provisioning.lastAdmin", account.getEmail());
    }
  }
}
