package io.shoreline.portal.web.identity;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.identity.sso.SingleSignOn;
import io.shoreline.portal.tenancy.OrganizationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;

/**
 * Checks e-mail and password against the accounts table; people of a suspended organization, or of
 * one that signs in through its own provider, are refused like a wrong password.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  /** The role of every signed-in person; finer roles come with the workspace. */
  public static final String USER = "user";

  @Inject Accounts accounts;
  @Inject SingleSignOn singleSignOn;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return result(accounts.verify(credential.getCaller(), credential.getPassword().getValue()));
  }

  /** A person who passed every sign-in step: only whether they may still sign in is checked. */
  public CredentialValidationResult validate(VerifiedSignIn credential) {
    return result(accounts.findByEmail(credential.email()).filter(Account::isEnabled));
  }

  private CredentialValidationResult result(Optional<Account> account) {
    return account
        // the mechanism would end such a session on its next request; refuse it at the door
        .filter(a -> a.getOrganization().getStatus() == OrganizationStatus.ACTIVE)
        // people of an organization with single sign-on sign in at its provider only
        .filter(a -> !singleSignOn.requiredFor(a))
        .map(a -> new CredentialValidationResult(a.getEmail(), Set.of(USER, a.getRole().name())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
