package io.shoreline.portal.twofactor;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.identity.People;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Two-factor sign-in as an organization's admin manages it: the policy of who must use it, who has
 * it on, and resetting a person's authenticator when they lost their phone. Always the caller's own
 * organization.
 */
@Stateless
@Audited
public class TwoFactorAdmin {

  @PersistenceContext EntityManager em;
  @Inject TenantAccess access;
  @Inject People people;
  @Inject TimeSource time;

  /** The caller's organization's policy, with the version to change it from (0: never set). */
  public PolicySetting policy() {
    OrganizationSecurity security = em.find(OrganizationSecurity.class, ownOrganization());
    return security == null
        ? new PolicySetting(TwoFactorPolicy.OFF, 0)
        : new PolicySetting(security.getTwoFactorPolicy(), security.getVersion());
  }

  public void changePolicy(TwoFactorPolicy policy, long seenVersion) {
    long organization = access.requireRole(OrgRole.ORG_ADMIN).getOrganization().getId();
    OrganizationSecurity security = em.find(OrganizationSecurity.class, organization);
    long stored = security == null ? 0 : security.getVersion();
    ChangedMeanwhileException.check("organization security", organization, stored, seenVersion);
    if (security == null) {
      em.persist(new OrganizationSecurity(organization, policy, time.now()));
    } else {
      security.change(policy, time.now());
    }
  }

  /**
   * One page of the caller's organization's people, by name, each with their authenticator (null
   * when they have none): two queries, whatever the page's size.
   */
  public List<PersonSecondFactor> page(int first, int max) {
    List<Account> accounts = people.page(first, max);
    if (accounts.isEmpty()) {
      return List.of();
    }
    Map<Long, SecondFactor> factors =
        em.createNamedQuery(SecondFactor.OF_ORGANIZATION, SecondFactor.class)
            .setParameter("organization", ownOrganization())
            .setParameter("accounts", accounts.stream().map(Account::getId).toList())
            .getResultStream()
            .collect(Collectors.toMap(SecondFactor::getAccountId, Function.identity()));
    return accounts.stream()
        .map(account -> new PersonSecondFactor(account, factors.get(account.getId())))
        .toList();
  }

  public long count() {
    return people.count();
  }

  /**
   * Removes a person's authenticator and recovery codes (a lost phone): they sign in with their
   * password alone, or set a new one up if the policy requires it.
   *
   * @param seenVersion the authenticator's version the admin saw
   */
  public void reset(long accountId, long seenVersion) {
    Account admin = access.requireRole(OrgRole.ORG_ADMIN);
    SecondFactor factor = em.find(SecondFactor.class, accountId);
    Account account = factor == null ? null : em.find(Account.class, accountId);
    if (account == null
        || !account.getOrganization().getId().equals(admin.getOrganization().getId())) {
      throw new NoSuchRecordException("second factor", accountId);
    }
    ChangedMeanwhileException.check("second factor", accountId, factor.getVersion(), seenVersion);
    em.remove(factor);
    SecondFactorStatements.removeRecoveryCodes(em, accountId);
  }

  private long ownOrganization() {
    return access.caller().getOrganization().getId();
  }
}
