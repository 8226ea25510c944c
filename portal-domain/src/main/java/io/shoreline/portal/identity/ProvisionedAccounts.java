package io.shoreline.portal.identity;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.Organization;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The account changes SCIM provisioning makes, for the provisioning feature, which has checked the
 * token, the organization and the input. An account made here has a password nobody knows until its
 * person sets one through the invitation it is sent.
 */
@Stateless
@Audited
public class ProvisionedAccounts {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject PasswordHashing passwords;
  @Inject TimeSource time;

  public Account create(long organizationId, ProvisionedPerson person, OrgRole role) {
    Account account =
        new Account(
            em.getReference(Organization.class, organizationId),
            person.email(),
            person.displayName(),
            passwords.hash(unguessable()),
            role,
            person.language(),
            person.timeZone(),
            time.now());
    account.provision(person, time.now());
    account.awaitPassword();
    em.persist(account);
    return account;
  }

  public void update(Account account, ProvisionedPerson person) {
    managed(account).provision(person, time.now());
  }

  /**
   * The person can no longer sign in (their sessions end on their next request) and invitations
   * still pending for their address are revoked.
   */
  public void deactivate(Account account) {
    Account managed = managed(account);
    managed.disable();
    managed.touched(time.now());
    em.createNamedQuery(Invitation.PENDING_FOR_EMAIL, Invitation.class)
        .setParameter("organization", managed.getOrganization().getId())
        .setParameter("email", managed.getEmail())
        .getResultStream()
        .forEach(invitation -> invitation.revoked(time.now()));
  }

  public void activate(Account account) {
    Account managed = managed(account);
    managed.enable();
    managed.touched(time.now());
  }

  public void changeRole(Account account, OrgRole role) {
    Account managed = managed(account);
    if (managed.getRole() != role) {
      managed.changeRole(role);
      managed.touched(time.now());
    }
  }

  private Account managed(Account account) {
    return em.contains(account) ? account : em.find(Account.class, account.getId());
  }

  private static char[] unguessable() {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
  }
}
