package io.shoreline.portal.identity.sso;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.identity.PasswordHashing;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.Organization;
import io.shoreline.portal.tenancy.OrganizationStatus;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The account a provider's verified identity signs in: one of the provider's own organization,
 * bound to the identity's subject at its first sign-in, or one made for a newcomer of the
 * organization's domains. Anything else is refused with a reason the person can read.
 */
@Stateless
@Audited
public class SsoAccounts {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject PasswordHashing passwords;
  @Inject TenantAccess access;
  @Inject TimeSource time;

  public Account accountFor(SsoRules rules, VerifiedIdentity identity) {
    Optional<OrgRole> role = GroupRoles.roleOf(identity.groups(), rules.groupRoles());
    Optional<Account> existing = accounts.findByEmail(identity.email());
    Account account =
        existing.isPresent() ? existingOne(rules, existing.get()) : newOne(rules, identity, role);
    bind(account, rules.organizationId(), identity.subject());
    access.actAs(account);
    if (existing.isPresent()) {
      role.ifPresent(given -> accounts.takeRoleFromProvider(account, given));
    }
    return account;
  }

  private static Account existingOne(SsoRules rules, Account account) {
    if (!account.getOrganization().getId().equals(rules.organizationId())) {
      throw new RuleViolation("sso.refused.otherOrganization");
    }
    if (!account.isEnabled()
        || account.getOrganization().getStatus() != OrganizationStatus.ACTIVE) {
      throw new RuleViolation("sso.refused.disabled");
    }
    return account;
  }

  private Account newOne(SsoRules rules, VerifiedIdentity identity, Optional<OrgRole> role) {
    if (!rules.createsAccounts()
        || !rules.domains().contains(SingleSignOn.domainOf(identity.email()))) {
      throw new RuleViolation("sso.refused.noAccount");
    }
    Organization organization = em.find(Organization.class, rules.organizationId());
    String email = identity.email();
    return accounts.create(
        organization,
        email,
        identity.name().isBlank() ? email.substring(0, email.lastIndexOf('@')) : identity.name(),
        // a password nobody knows: this person signs in at their provider
        passwords.hash(unknowablePassword()),
        role.orElse(OrgRole.MEMBER),
        organization.getDefaultLanguage(),
        organization.getTimeZone());
  }

  /**
   * The first subject the provider gave the account stays its own: a token naming another subject
   * for the same e-mail (the address since given to someone else) is refused.
   */
  private void bind(Account account, long organizationId, String subject) {
    SsoIdentity bound = em.find(SsoIdentity.class, account.getId());
    if (bound == null) {
      em.flush(); // a new account's id
      em.persist(new SsoIdentity(account.getId(), organizationId, subject, time.now()));
    } else if (!bound.getSubject().equals(subject)) {
      throw new RuleViolation("sso.refused.otherPerson");
    }
  }

  private static char[] unknowablePassword() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes).toCharArray();
  }
}
