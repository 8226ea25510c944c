package io.shoreline.portal.web.identity;

import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.tenancy.OrganizationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Accepts a {@link ProviderCredential}: the account of that e-mail, as long as it is enabled and
 * its organization active (the same door as a password).
 */
@ApplicationScoped
public class ProviderIdentityStore implements IdentityStore {

  @Inject Accounts accounts;

  public CredentialValidationResult validate(ProviderCredential credential) {
    return accounts
        .findByEmail(credential.email())
        .filter(account -> account.isEnabled())
        .filter(account -> account.getOrganization().getStatus() == OrganizationStatus.ACTIVE)
        .map(
            account ->
                new CredentialValidationResult(
                    account.getEmail(),
                    Set.of(AccountIdentityStore.USER, account.getRole().name())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
