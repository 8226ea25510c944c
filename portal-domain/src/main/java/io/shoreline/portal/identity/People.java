package io.shoreline.portal.identity;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The people of the caller's organization, as its admin manages them: roles, disabling and
 * enabling. An organization always keeps one enabled admin.
 */
@Stateless
@Audited
public class People {

  @PersistenceContext EntityManager em;
  @Inject TenantAccess access;

  /** One page of the caller's organization's accounts, by name. */
  public List<Account> page(int first, int max) {
    return em.createNamedQuery(Account.OF_ORGANIZATION, Account.class)
        .setParameter("organization", ownOrganization())
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count() {
    return em.createNamedQuery(Account.COUNT_OF_ORGANIZATION, Long.class)
        .setParameter("organization", ownOrganization())
        .getSingleResult();
  }

  public void changeRole(long accountId, OrgRole role, long seenVersion) {
    Account account = managedByCaller(accountId, seenVersion);
    if (account.getRole() == OrgRole.ORG_ADMIN && role != OrgRole.ORG_ADMIN) {
      requireAnotherAdmin();
    }
    account.changeRole(role);
  }

  /** The account can no longer sign in; its sessions end on their next request. */
  public void disable(long accountId, long seenVersion) {
    Account account = managedByCaller(accountId, seenVersion);
    if (account.getId().equals(access.callerId())) {
      throw new RuleViolation("people.notYourself");
    }
    if (account.getRole() == OrgRole.ORG_ADMIN) {
      requireAnotherAdmin();
    }
    account.disable();
  }

  public void enable(long accountId, long seenVersion) {
    managedByCaller(accountId, seenVersion).enable();
  }

  /** An account of the admin's own organization, as the admin saw it; others do not exist. */
  private Account managedByCaller(long accountId, long seenVersion) {
    Account admin = access.requireRole(OrgRole.ORG_ADMIN);
    Account account = em.find(Account.class, accountId);
    if (account == null
        || !account.getOrganization().getId().equals(admin.getOrganization().getId())) {
      throw new NoSuchRecordException("account", accountId);
    }
    ChangedMeanwhileException.check("account", accountId, account.getVersion(), seenVersion);
    return account;
  }

  private void requireAnotherAdmin() {
    long admins =
        em.createNamedQuery(Account.ADMINS_OF_ORGANIZATION, Long.class)
            .setParameter("organization", ownOrganization())
            .getSingleResult();
    if (admins <= 1) {
      throw new RuleViolation("people.lastAdmin");
    }
  }

  private long ownOrganization() {
    return access.caller().getOrganization().getId();
  }
}
