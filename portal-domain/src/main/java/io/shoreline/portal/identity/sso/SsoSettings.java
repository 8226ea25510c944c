package io.shoreline.portal.identity.sso;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.platform.SecretBox;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * An organization's admin sets up its provider: checked against the provider's discovery document
 * before it is kept, and switched on only once kept.
 */
@Stateless
@Audited
public class SsoSettings {

  @PersistenceContext EntityManager em;
  @Inject TenantAccess access;
  @Inject TimeSource time;
  @Inject SecretBox secrets;
  @Inject OidcProviders providers;

  /**
   * The caller's organization's provider, if one was set up (its people may see how they sign in).
   */
  public Optional<SsoConnection> own() {
    return Optional.ofNullable(em.find(SsoConnection.class, organizationOf(access.caller())));
  }

  /**
   * Keeps these settings once the provider answers at the issuer.
   *
   * @param seenVersion the version the admin saw, or -1 for a first setup
   */
  public SsoConnection save(SsoDraft draft, long seenVersion) {
    Account admin = admin();
    long organizationId = organizationOf(admin);
    SsoConnection connection = em.find(SsoConnection.class, organizationId);
    if (connection == null && seenVersion >= 0 || connection != null && seenVersion < 0) {
      throw new ChangedMeanwhileException("single sign-on", organizationId);
    }
    if (connection != null) {
      ChangedMeanwhileException.check(
          "single sign-on", organizationId, connection.getVersion(), seenVersion);
    }
    SsoDraft valid = draft.validated(connection != null);
    providers.discover(valid.issuer());
    valid.domains().forEach(domain -> requireFree(domain, organizationId));
    String sealed =
        valid.clientSecret() == null
            ? null
            : secrets.seal(SsoConnection.secretPurpose(organizationId), valid.clientSecret());
    if (connection == null) {
      connection = new SsoConnection(organizationId);
      connection.configure(valid, sealed, admin.getId(), time.now());
      em.persist(connection);
    } else {
      connection.configure(valid, sealed, admin.getId(), time.now());
    }
    return connection;
  }

  /** On: the organization's people sign in at its provider, no longer with a password. */
  public SsoConnection turn(boolean on, long seenVersion) {
    Account admin = admin();
    long organizationId = organizationOf(admin);
    SsoConnection connection = em.find(SsoConnection.class, organizationId);
    if (connection == null) {
      throw new RuleViolation("sso.notSetUp");
    }
    ChangedMeanwhileException.check(
        "single sign-on", organizationId, connection.getVersion(), seenVersion);
    connection.switchOn(on, admin.getId(), time.now());
    return connection;
  }

  /**
   * A domain answers for one organization, and not for one whose people already use it: the
   * provider of one organization must never sign in another's people.
   */
  private void requireFree(String domain, long organizationId) {
    boolean claimed =
        em.createNamedQuery(SsoConnection.BY_DOMAIN, SsoConnection.class)
            .setParameter("domain", domain)
            .getResultStream()
            .anyMatch(other -> other.getOrganizationId() != organizationId);
    long othersPeople =
        em.createQuery(
                "SELECT COUNT(a) FROM Account a WHERE a.organization.id <> :organization"
                    + " AND a.email LIKE :domain",
                Long.class)
            .setParameter("organization", organizationId)
            .setParameter("domain", "%@" + domain)
            .getSingleResult();
    if (claimed || othersPeople > 0) {
      throw new RuleViolation("sso.domain.taken", domain);
    }
  }

  private Account admin() {
    return access.requireRole(OrgRole.ORG_ADMIN);
  }

  private static long organizationOf(Account account) {
    return account.getOrganization().getId();
  }
}
