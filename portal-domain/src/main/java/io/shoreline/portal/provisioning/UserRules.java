package io.shoreline.portal.provisioning;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.identity.Emails;
import io.shoreline.portal.identity.ProvisionedPerson;
import io.shoreline.portal.tenancy.Organization;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * A SCIM User checked against the portal's rules: userName is the sign-in e-mail (unique across the
 * portal), externalId unique in the organization, a language the portal speaks (else the
 * organization's), a known time zone (else the organization's).
 */
@Dependent
public class UserRules {

  static final int TEXT_LENGTH = 200;
  static final Set<String> LANGUAGES = Set.of("en", "fr");

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;

  /**
   * @param existing the account being changed, null for a new one
   */
  ProvisionedPerson person(long organizationId, ProvisionedUser user, Account existing) {
    if (user.userName() == null || !Emails.isPlausible(user.userName())) {
      throw ScimException.invalidValue("userName must be the person's e-mail address");
    }
    String email = Emails.normalize(user.userName());
    accounts
        .findByEmail(email)
        .filter(other -> existing == null || !other.getId().equals(existing.getId()))
        .ifPresent(
            other -> {
              throw ScimException.uniqueness("userName " + email + " is taken");
            });
    String externalId = text("externalId", user.externalId());
    if (externalId != null && externalIdTaken(organizationId, externalId, existing)) {
      throw ScimException.uniqueness("externalId " + externalId + " is taken");
    }
    String given = text("name.givenName", user.givenName());
    String family = text("name.familyName", user.familyName());
    Organization organization = em.find(Organization.class, organizationId);
    return new ProvisionedPerson(
        email,
        displayName(user, given, family, email),
        given,
        family,
        externalId,
        language(user.language(), organization.getDefaultLanguage()),
        timeZone(user.timeZone(), organization.getTimeZone()));
  }

  private boolean externalIdTaken(long organizationId, String externalId, Account existing) {
    return em.createQuery(
            "SELECT a.id FROM Account a WHERE a.organization.id = :organization"
                + " AND a.externalId = :externalId",
            Long.class)
        .setParameter("organization", organizationId)
        .setParameter("externalId", externalId)
        .getResultStream()
        .anyMatch(id -> existing == null || !id.equals(existing.getId()));
  }

  private static String displayName(
      ProvisionedUser user, String given, String family, String email) {
    String name = text("displayName", user.displayName());
    if (name == null) {
      String parts = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
      name = parts.isEmpty() ? email.substring(0, email.indexOf('@')) : parts;
    }
    if (name.length() > TEXT_LENGTH) {
      throw ScimException.invalidValue("displayName is longer than " + TEXT_LENGTH);
    }
    return name;
  }

  /** "fr-CA", "fr_CA" and "fr" speak French; a language the portal lacks gets the default. */
  static String language(String requested, String fallback) {
    if (requested == null || requested.isBlank()) {
      return fallback;
    }
    String primary = requested.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    return LANGUAGES.contains(primary) ? primary : fallback;
  }

  static String timeZone(String requested, String fallback) {
    if (requested == null || requested.isBlank()) {
      return fallback;
    }
    try {
      return ZoneId.of(requested.strip()).getId();
    } catch (DateTimeException e) {
      throw ScimException.invalidValue("timezone " + requested + " is no IANA time zone");
    }
  }

  /** Blank is not given; longer than the columns take is refused. */
  static String text(String attribute, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > TEXT_LENGTH) {
      throw ScimException.invalidValue(attribute + " is longer than " + TEXT_LENGTH);
    }
    return stripped;
  }
}
