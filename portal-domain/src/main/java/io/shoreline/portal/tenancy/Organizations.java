package io.shoreline.portal.tenancy;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.identity.Emails;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.identity.PasswordHashing;
import io.shoreline.portal.identity.PasswordPolicy;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Organizations: self-service sign-up, look-up, and what platform operators do with them. */
@Stateless
@Audited
public class Organizations {

  /** The languages the portal speaks. */
  public static final Set<String> LANGUAGES = Set.of("en", "fr");

  private static final int NAME_LENGTH = 200;

  @PersistenceContext EntityManager em;
  @Inject TimeSource time;
  @Inject Accounts accounts;
  @Inject PasswordHashing passwords;
  @Inject TenantAccess access;

  public Organization register(
      String slug, String name, OrganizationKind kind, String language, String timeZone) {
    Organization organization = new Organization(slug, name, kind, language, timeZone, time.now());
    em.persist(organization);
    return organization;
  }

  /**
   * Creates a client or vendor organization and its first admin, who is the actor of both changes.
   * Every rule is checked before anything is stored.
   */
  public Account signUp(SignUp form) {
    String name = form.organizationName() == null ? "" : form.organizationName().strip();
    String adminName = form.adminName() == null ? "" : form.adminName().strip();
    if (name.isEmpty() || name.length() > NAME_LENGTH) {
      throw new RuleViolation("signup.nameRequired", NAME_LENGTH);
    }
    if (adminName.isEmpty() || adminName.length() > NAME_LENGTH) {
      throw new RuleViolation("signup.adminNameRequired", NAME_LENGTH);
    }
    if (form.kind() != OrganizationKind.CLIENT && form.kind() != OrganizationKind.VENDOR) {
      throw new RuleViolation("signup.kindRequired");
    }
    if (!LANGUAGES.contains(form.language())) {
      throw new RuleViolation("signup.languageUnknown");
    }
    requireZone(form.timeZone());
    if (!Slugs.isValid(form.slug())) {
      throw new RuleViolation("signup.slugInvalid");
    }
    if (findBySlug(form.slug()).isPresent()) {
      throw new RuleViolation("signup.slugTaken", form.slug());
    }
    if (!Emails.isPlausible(form.adminEmail())) {
      throw new RuleViolation("signup.emailInvalid");
    }
    if (accounts.findByEmail(form.adminEmail()).isPresent()) {
      throw new RuleViolation("signup.emailTaken");
    }
    PasswordPolicy.check(form.password());
    Organization organization =
        register(form.slug(), name, form.kind(), form.language(), form.timeZone());
    em.flush(); // an IDENTITY id exists once the row is inserted; the admin's account refers to it
    Account admin =
        accounts.create(
            organization,
            form.adminEmail(),
            adminName,
            passwords.hash(form.password()),
            OrgRole.ORG_ADMIN,
            form.language(),
            form.timeZone());
    access.actAs(admin);
    return admin;
  }

  public Optional<Organization> findBySlug(String slug) {
    return em.createNamedQuery(Organization.BY_SLUG, Organization.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public long count() {
    return em.createNamedQuery(Organization.COUNT, Long.class).getSingleResult();
  }

  /** All organizations, a page at a time: for platform operators only. */
  public List<Organization> page(int first, int max) {
    requireOperator();
    return em.createNamedQuery(Organization.ALL, Organization.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** Its people can no longer sign in, and their sessions end on their next request. */
  public void suspend(long id, long seenVersion) {
    changeStatus(id, seenVersion, OrganizationStatus.SUSPENDED);
  }

  public void reactivate(long id, long seenVersion) {
    changeStatus(id, seenVersion, OrganizationStatus.ACTIVE);
  }

  private void changeStatus(long id, long seenVersion, OrganizationStatus status) {
    Account operator = requireOperator();
    Organization organization = em.find(Organization.class, id);
    if (organization == null) {
      throw new NoSuchRecordException("organization", id);
    }
    if (organization.getId().equals(operator.getOrganization().getId())) {
      throw new RuleViolation("operator.notOwn");
    }
    ChangedMeanwhileException.check("organization", id, organization.getVersion(), seenVersion);
    organization.changeStatus(status);
  }

  private Account requireOperator() {
    Account caller = access.caller();
    if (caller.getOrganization().getKind() != OrganizationKind.PLATFORM) {
      throw new NotAllowedException("platform operators only");
    }
    return caller;
  }

  static void requireZone(String zone) {
    try {
      ZoneId.of(zone == null ? "" : zone);
    } catch (DateTimeException e) {
      throw new RuleViolation("signup.zoneUnknown", zone);
    }
  }
}
