package io.shoreline.portal.identity;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.Organization;
import io.shoreline.portal.tenancy.OrganizationStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Accounts: creation, credential checks and what a person changes about their own account. */
@Stateless
@Audited
public class Accounts {

  @PersistenceContext EntityManager em;
  @Inject PasswordHashing passwords;
  @Inject TimeSource time;

  /**
   * @param passwordHash from {@link PasswordHashing#hash}
   */
  public Account create(
      Organization organization,
      String email,
      String displayName,
      String passwordHash,
      OrgRole role,
      String language,
      String timeZone) {
    Account account =
        new Account(
            em.getReference(Organization.class, organization.getId()),
            Emails.normalize(email),
            displayName,
            passwordHash,
            role,
            language,
            timeZone,
            time.now());
    em.persist(account);
    return account;
  }

  public Optional<Account> find(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  public Optional<Account> findByEmail(String email) {
    return em.createNamedQuery(Account.BY_EMAIL, Account.class)
        .setParameter("email", Emails.normalize(email))
        .getResultStream()
        .findFirst();
  }

  /**
   * The enabled account (of an active organization) with this e-mail and password, if any. Unknown
   * and disabled accounts cost a full hash verification too, so timing does not tell which accounts
   * exist.
   */
  public Optional<Account> verify(String email, char[] password) {
    Optional<Account> account = Emails.isPlausible(email) ? findByEmail(email) : Optional.empty();
    if (account.isEmpty()) {
      passwords.spendVerificationTime(password);
      return Optional.empty();
    }
    boolean matches = passwords.matches(password, account.get().getPasswordHash());
    return matches && mayEnter(account.get()) ? account : Optional.empty();
  }

  /** An enabled account of an active organization. */
  public static boolean mayEnter(Account account) {
    return account.isEnabled()
        && account.getOrganization().getStatus() == OrganizationStatus.ACTIVE;
  }

  /** Display names by account id, in one query (for lists that show who did what). */
  public Map<Long, String> displayNames(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createNamedQuery(Account.NAMES, Object[].class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
  }

  /** Whether this sign-in name belongs to an enabled account now: checked on every request. */
  public boolean isEnabled(String email) {
    return em.createNamedQuery(Account.IS_ENABLED, Long.class)
            .setParameter("email", Emails.normalize(email))
            .getSingleResult()
        > 0;
  }

  /** Disables the account; its sessions stop working on their next request. */
  public void disable(String email) {
    findByEmail(email).ifPresent(Account::disable);
  }

  /**
   * Records a sign-in now; answers the account and when it signed in before (null the first time),
   * in one look-up.
   */
  public Optional<SignIn> recordSignIn(String email) {
    return findByEmail(email)
        .map(
            account -> {
              Instant previous = account.getLastSignInAt();
              account.signedIn(time.now());
              return new SignIn(account, previous);
            });
  }

  /**
   * The role an organization's identity provider gives through its groups; an organization keeps
   * one enabled admin, so its last admin stays one.
   */
  public void takeRoleFromProvider(Account account, OrgRole role) {
    Account managed = em.find(Account.class, account.getId());
    if (managed.getRole() == role) {
      return;
    }
    boolean lastAdmin =
        managed.getRole() == OrgRole.ORG_ADMIN
            && em.createNamedQuery(Account.ADMINS_OF_ORGANIZATION, Long.class)
                    .setParameter("organization", managed.getOrganization().getId())
                    .getSingleResult()
                <= 1;
    if (!lastAdmin) {
      managed.changeRole(role);
    }
  }

  /** An account at the moment it signed in, and its sign-in before that. */
  public record SignIn(Account account, Instant previous) {}

  public void changeLanguage(String email, String language) {
    findByEmail(email).ifPresent(account -> account.changeLanguage(language));
  }

  public void changeDailyDigest(String email, boolean wanted) {
    findByEmail(email).ifPresent(account -> account.changeDailyDigest(wanted));
  }

  /** Enabled people who asked for the daily digest, with their organizations. */
  public List<Account> digestReaders() {
    return em.createNamedQuery(Account.DIGEST_READERS, Account.class).getResultList();
  }
}
