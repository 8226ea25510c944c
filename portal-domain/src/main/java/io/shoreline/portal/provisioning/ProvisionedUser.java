package io.shoreline.portal.provisioning;

/**
 * A SCIM User as a request gives it (POST, PUT, or the result of a PATCH), not yet checked against
 * the portal's rules; null means "not given".
 */
public record ProvisionedUser(
    String userName,
    String givenName,
    String familyName,
    String displayName,
    String externalId,
    Boolean active,
    String language,
    String timeZone) {}
