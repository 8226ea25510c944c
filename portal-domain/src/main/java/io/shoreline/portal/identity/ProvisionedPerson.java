package io.shoreline.portal.identity;

/**
 * What an organization's identity provider says about a person (SCIM), already checked: the e-mail
 * normalized, the language one the portal speaks, the time zone a known one.
 */
public record ProvisionedPerson(
    String email,
    String displayName,
    String givenName,
    String familyName,
    String externalId,
    String language,
    String timeZone) {}
