package io.shoreline.portal.identity;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.Organization;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Invitations by e-mail: an org admin invites a person with a role; the person follows the link
 * once, before it expires, sets a password and has an account of that organization.
 */
@Stateless
@Audited
public class Invitations {

  private static final int NAME_LENGTH = 200;

  @PersistenceContext EntityManager em;
  @Inject TenantAccess access;
  @Inject Accounts accounts;
  @Inject PasswordHashing passwords;
  @Inject TimeSource time;
  @Inject Event<InvitationIssued> issued;

  @Inject
  @ConfigProperty(name = "portal.invitations.valid-hours", defaultValue = "168")
  long validHours;

  /**
   * Invites a person to the admin's organization; an earlier pending invitation of the same address
   * is replaced. The mail goes out after commit.
   *
   * @param linkBase the accept page's URL, to which "?token=…" is appended
   */
  public Invitation invite(String email, String displayName, OrgRole role, String linkBase) {
    Account admin = access.requireRole(OrgRole.ORG_ADMIN);
    String name = displayName == null ? "" : displayName.strip();
    if (!Emails.isPlausible(email)) {
      throw new RuleViolation("invite.emailInvalid");
    }
    if (name.isEmpty() || name.length() > NAME_LENGTH) {
      throw new RuleViolation("invite.nameRequired", NAME_LENGTH);
    }
    if (role == null) {
      throw new RuleViolation("invite.roleRequired");
    }
    String address = Emails.normalize(email);
    accounts
        .findByEmail(address)
        .ifPresent(
            existing -> {
              throw existing.getOrganization().getId().equals(admin.getOrganization().getId())
                  ? new RuleViolation("invite.alreadyMember", existing.getDisplayName())
                  : new RuleViolation("invite.accountExists");
            });
    em.createNamedQuery(Invitation.PENDING_FOR_EMAIL, Invitation.class)
        .setParameter("organization", admin.getOrganization().getId())
        .setParameter("email", address)
        .getResultStream()
        .forEach(earlier -> earlier.revoked(time.now()));
    InvitationToken token = InvitationToken.random();
    Invitation invitation =
        new Invitation(
            admin.getOrganization(),
            address,
            name,
            role,
            token.hash(),
            admin.getId(),
            time.now(),
            time.now().plus(Duration.ofHours(validHours)));
    em.persist(invitation);
    issued.fire(
        new InvitationIssued(
            address,
            name,
            admin.getOrganization().getName(),
            admin.getDisplayName(),
            admin.getOrganization().getDefaultLanguage(),
            linkBase + "?token=" + token.value(),
            invitation.getExpiresAt()));
    return invitation;
  }

  /**
   * Invites the person of an account SCIM provisioning made to set their password; the invitation
   * names the admin who made the SCIM token. An earlier pending invitation of the address is
   * replaced. The mail goes out after commit.
   */
  public Invitation inviteProvisioned(
      Account account, long invitedBy, String invitedByName, String linkBase) {
    Organization organization = account.getOrganization();
    em.createNamedQuery(Invitation.PENDING_FOR_EMAIL, Invitation.class)
        .setParameter("organization", organization.getId())
        .setParameter("email", account.getEmail())
        .getResultStream()
        .forEach(earlier -> earlier.revoked(time.now()));
    InvitationToken token = InvitationToken.random();
    Invitation invitation =
        new Invitation(
            organization,
            account.getEmail(),
            account.getDisplayName(),
            account.getRole(),
            token.hash(),
            invitedBy,
            time.now(),
            time.now().plus(Duration.ofHours(validHours)));
    em.persist(invitation);
    issued.fire(
        new InvitationIssued(
            account.getEmail(),
            account.getDisplayName(),
            organization.getName(),
            invitedByName,
            account.getLanguage(),
            linkBase + "?token=" + token.value(),
            invitation.getExpiresAt()));
    return invitation;
  }

  /** The admin's organization's invitations that can still be accepted, newest first. */
  public List<Invitation> pending(int first, int max) {
    return em.createNamedQuery(Invitation.PENDING, Invitation.class)
        .setParameter("organization", access.caller().getOrganization().getId())
        .setParameter("now", time.now())
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public void revoke(long id, long seenVersion) {
    Account admin = access.requireRole(OrgRole.ORG_ADMIN);
    Invitation invitation = em.find(Invitation.class, id);
    if (invitation == null
        || !invitation.getOrganization().getId().equals(admin.getOrganization().getId())) {
      throw new NoSuchRecordException("invitation", id);
    }
    ChangedMeanwhileException.check("invitation", id, invitation.getVersion(), seenVersion);
    invitation.revoked(time.now());
  }

  /** The invitation behind a link, if it can be accepted now; else the reason it cannot. */
  public Invitation open(String token) {
    Invitation invitation = byToken(token);
    String problem = invitation.problemAt(time.now());
    if (problem != null) {
      throw new RuleViolation(problem);
    }
    return invitation;
  }

  /**
   * Accepts the invitation once: creates the account with the chosen password. A second use, an
   * expired or revoked link changes nothing.
   */
  public Account accept(String token, String displayName, char[] password) {
    Invitation invitation = open(token);
    String name = displayName == null || displayName.isBlank() ? "" : displayName.strip();
    if (name.isEmpty() || name.length() > NAME_LENGTH) {
      throw new RuleViolation("invite.nameRequired", NAME_LENGTH);
    }
    PasswordPolicy.check(password);
    java.util.Optional<Account> existing = accounts.findByEmail(invitation.getEmail());
    if (existing.isPresent()) {
      return provisionedChoosesPassword(invitation, existing.get(), password);
    }
    Account account =
        accounts.create(
            invitation.getOrganization(),
            invitation.getEmail(),
            name,
            passwords.hash(password),
            invitation.getRole(),
            invitation.getOrganization().getDefaultLanguage(),
            invitation.getOrganization().getTimeZone());
    access.actAs(account);
    invitation.accepted(time.now());
    return account;
  }

  /**
   * An account SCIM made sets its first password here (its name stays the identity provider's); any
   * other existing account means the invitation was used.
   */
  private Account provisionedChoosesPassword(
      Invitation invitation, Account account, char[] password) {
    if (!account.isPasswordPending()
        || !account.isEnabled()
        || !account.getOrganization().getId().equals(invitation.getOrganization().getId())) {
      throw new RuleViolation("invitation.used");
    }
    account.passwordChosen(passwords.hash(password));
    access.actAs(account);
    invitation.accepted(time.now());
    return account;
  }

  private Invitation byToken(String token) {
    if (token == null || !InvitationToken.isWellFormed(token)) {
      throw new RuleViolation("invitation.unknown");
    }
    return em.createNamedQuery(Invitation.BY_TOKEN, Invitation.class)
        .setParameter("hash", InvitationToken.hashOf(token))
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new RuleViolation("invitation.unknown"));
  }
}
