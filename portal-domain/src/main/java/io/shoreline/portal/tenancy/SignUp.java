package io.shoreline.portal.tenancy;

/** What a person enters to sign up their company and become its first admin. */
public record SignUp(
    String organizationName,
    String slug,
    OrganizationKind kind,
    String language,
    String timeZone,
    String adminName,
    String adminEmail,
    char[] password) {}
