package io.shoreline.portal.web.api.identity;

import io.shoreline.portal.identity.Account;

/** A person's own account as the API shows it. */
public record MeDto(
    String email,
    String displayName,
    String organization,
    String organizationKind,
    String role,
    String language,
    String timeZone) {

  static MeDto of(Account account) {
    return new MeDto(
        account.getEmail(),
        account.getDisplayName(),
        account.getOrganization().getName(),
        account.getOrganization().getKind().name(),
        account.getRole().name(),
        account.getLanguage(),
        account.getTimeZone());
  }
}
