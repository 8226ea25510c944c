package io.shoreline.portal.identity.sso;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.identity.Emails;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.platform.SecretBox;
import io.shoreline.portal.platform.TimeSource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Sign-in through an organization's own provider: which provider an e-mail goes to, the request
 * that sends the browser there, and the account its answer signs in. A provider signs in only its
 * own organization's people, and makes accounts only for the domains it answers for.
 */
@Stateless
@Audited
public class SingleSignOn {

  /** How long a browser may take at the provider. */
  static final Duration PATIENCE = Duration.ofMinutes(10);

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject SsoAccounts ssoAccounts;
  @Inject SecretBox secrets;
  @Inject OidcProviders providers;
  @Inject TimeSource time;

  /**
   * The organization whose provider this person signs in at: their account's, when it uses one; for
   * someone without an account, the one that answers for their domain and makes accounts.
   */
  public Optional<Long> organizationFor(String email) {
    if (!Emails.isPlausible(email)) {
      return Optional.empty();
    }
    Optional<Account> account = accounts.findByEmail(email);
    if (account.isPresent()) {
      return enabledConnection(account.get().getOrganization().getId())
          .map(SsoConnection::getOrganizationId);
    }
    return em.createNamedQuery(SsoConnection.BY_DOMAIN, SsoConnection.class)
        .setParameter("domain", domainOf(email))
        .getResultStream()
        .filter(connection -> connection.isEnabled() && connection.isCreatesAccounts())
        .map(SsoConnection::getOrganizationId)
        .findFirst();
  }

  /** Whether this account must sign in at its organization's provider (not with a password). */
  public boolean requiredFor(Account account) {
    return enabledConnection(account.getOrganization().getId()).isPresent();
  }

  public SsoStart start(long organizationId, String redirectUri, String loginHint) {
    SsoConnection connection =
        enabledConnection(organizationId).orElseThrow(() -> new RuleViolation("sso.off"));
    return OidcFlow.start(
        providers.discover(connection.getIssuer()),
        organizationId,
        connection.getClientId(),
        redirectUri,
        loginHint,
        time.now());
  }

  /**
   * The account the provider's answer signs in: the code exchanged, the ID token verified, the
   * person found (or made) in the pending sign-in's organization.
   */
  public Account finish(PendingSignIn pending, String state, String code) {
    if (pending == null || state == null || !same(pending.state(), state)) {
      throw new RuleViolation("sso.refused.state");
    }
    if (pending.startedAt().plus(PATIENCE).isBefore(time.now())) {
      throw new RuleViolation("sso.refused.late");
    }
    if (code == null || code.isBlank()) {
      throw new RuleViolation("sso.refused.code", "no code");
    }
    SsoConnection connection =
        enabledConnection(pending.organizationId()).orElseThrow(() -> new RuleViolation("sso.off"));
    OidcProvider provider = providers.discover(connection.getIssuer());
    String secret =
        secrets.open(
            SsoConnection.secretPurpose(connection.getOrganizationId()),
            connection.getClientSecret());
    String idToken =
        OidcFlow.exchange(providers, provider, pending, connection.getClientId(), secret, code);
    VerifiedIdentity identity =
        IdTokens.verify(
            idToken,
            providers.keys(provider),
            provider.issuer(),
            connection.getClientId(),
            pending.nonce(),
            connection.getEmailClaim(),
            connection.getGroupsClaim());
    return ssoAccounts.accountFor(connection.rules(), identity);
  }

  private Optional<SsoConnection> enabledConnection(long organizationId) {
    return Optional.ofNullable(em.find(SsoConnection.class, organizationId))
        .filter(SsoConnection::isEnabled);
  }

  static String domainOf(String email) {
    String normal = Emails.normalize(email);
    return normal.substring(normal.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean same(String expected, String presented) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }
}
