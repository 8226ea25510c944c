package io.shoreline.portal.web.identity;

import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.identity.sso.SingleSignOn;
import io.shoreline.portal.tenancy.OrganizationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
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
    return accounts
        .verify(credential.getCaller(), credential.getPassword().getValue())
        // the mechanism would end such a session on its next request; refuse it at the door
        .filter(account -> account.getOrganization().getStatus() == OrganizationStatus.ACTIVE)
        // people of an organization with single sign-on sign in at its provider only
        .filter(account -> !singleSignOn.requiredFor(account))
        .map(
            account ->
                new CredentialValidationResult(
                    account.getEmail(), Set.of(USER, account.getRole().name())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
