package io.shoreline.portal.identity;

import io.shoreline.portal.audit.AuditScope;
import io.shoreline.portal.audit.Auditable;
import io.shoreline.portal.tenancy.Organization;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person's login; belongs to exactly one organization. */
@Entity
@Table(name = "account")
@NamedQuery(
    name = Account.IS_ENABLED,
    query =
        "SELECT COUNT(a) FROM Account a WHERE a.email = :email AND a.enabled = TRUE"
            + " AND a.organization.status = io.shoreline.portal.tenancy.OrganizationStatus.ACTIVE")
@NamedQuery(
    name = Account.OF_ORGANIZATION,
    query =
        "SELECT a FROM Account a WHERE a.organization.id = :organization"
            + " ORDER BY a.displayName, a.id")
@NamedQuery(
    name = Account.COUNT_OF_ORGANIZATION,
    query = "SELECT COUNT(a) FROM Account a WHERE a.organization.id = :organization")
@NamedQuery(
    name = Account.ADMINS_OF_ORGANIZATION,
    query =
        "SELECT COUNT(a) FROM Account a WHERE a.organization.id = :organization"
            + " AND a.enabled = TRUE AND a.role = io.shoreline.portal.identity.OrgRole.ORG_ADMIN")
@NamedQuery(
    name = Account.NAMES,
    query = "SELECT a.id, a.displayName FROM Account a WHERE a.id IN :ids")
@NamedQuery(
    name = Account.DIGEST_READERS,
    query =
        "SELECT a FROM Account a JOIN FETCH a.organization o WHERE a.dailyDigest = TRUE"
            + " AND a.enabled = TRUE ORDER BY a.id")
@NamedQuery(
    name = Account.BY_EXTERNAL_ID,
    query =
        "SELECT a FROM Account a WHERE a.organization.id = :organization"
            + " AND a.externalId = :externalId")
@NamedQuery(
    name = Account.BY_EMAIL,
    query = "SELECT a FROM Account a JOIN FETCH a.organization WHERE a.email = :email")
public class Account implements Auditable {

  public static final String BY_EMAIL = "Account.byEmail";
  static final String NAMES = "Account.names";
  static final String BY_EXTERNAL_ID = "Account.byExternalId";
  static final String DIGEST_READERS = "Account.digestReaders";
  static final String IS_ENABLED = "Account.isEnabled";
  static final String OF_ORGANIZATION = "Account.ofOrganization";
  static final String COUNT_OF_ORGANIZATION = "Account.countOfOrganization";
  static final String ADMINS_OF_ORGANIZATION = "Account.adminsOfOrganization";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organization_id")
  private Organization organization;

  private String email;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "password_hash")
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "org_role")
  private OrgRole role;

  private String language;

  @Column(name = "time_zone")
  private String timeZone;

  private boolean enabled;

  @Column(name = "last_sign_in_at")
  private Instant lastSignInAt;

  @Column(name = "created_at")
  private Instant createdAt;

  /** The organization's identity provider's id of the person (SCIM externalId), if provisioned. */
  @Column(name = "external_id")
  private String externalId;

  @Column(name = "given_name")
  private String givenName;

  @Column(name = "family_name")
  private String familyName;

  /** When SCIM last changed the account (null: never; its creation time then). */
  @Column(name = "modified_at")
  private Instant modifiedAt;

  /** Made by SCIM and its person has not yet set a password through their invitation. */
  @Column(name = "password_pending")
  private boolean passwordPending;

  /** Wants a daily e-mail of their unread notifications. */
  @Column(name = "daily_digest")
  private boolean dailyDigest;

  @Version private long version;

  protected Account() {}

  Account(
      Organization organization,
      String email,
      String displayName,
      String passwordHash,
      OrgRole role,
      String language,
      String timeZone,
      Instant createdAt) {
    this.organization = organization;
    this.email = email;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.role = role;
    this.language = language;
    this.timeZone = timeZone;
    this.enabled = true;
    this.createdAt = createdAt;
  }

  void signedIn(Instant at) {
    this.lastSignInAt = at;
  }

  void disable() {
    this.enabled = false;
  }

  void enable() {
    this.enabled = true;
  }

  void changeRole(OrgRole role) {
    this.role = role;
  }

  void changeDailyDigest(boolean wanted) {
    this.dailyDigest = wanted;
  }

  public boolean isDailyDigest() {
    return dailyDigest;
  }

  /** What the organization's identity provider says about the person. */
  void provision(ProvisionedPerson person, Instant at) {
    this.email = person.email();
    this.displayName = person.displayName();
    this.givenName = person.givenName();
    this.familyName = person.familyName();
    this.externalId = person.externalId();
    this.language = person.language();
    this.timeZone = person.timeZone();
    this.modifiedAt = at;
  }

  void awaitPassword() {
    this.passwordPending = true;
  }

  void passwordChosen(String passwordHash) {
    this.passwordHash = passwordHash;
    this.passwordPending = false;
  }

  void touched(Instant at) {
    this.modifiedAt = at;
  }

  public String getExternalId() {
    return externalId;
  }

  public String getGivenName() {
    return givenName;
  }

  public String getFamilyName() {
    return familyName;
  }

  /** When the account last changed through SCIM, else when it was made. */
  public Instant getModifiedAt() {
    return modifiedAt != null ? modifiedAt : createdAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public boolean isPasswordPending() {
    return passwordPending;
  }

  void changeLanguage(String language) {
    this.language = language;
  }

  public Long getId() {
    return id;
  }

  public Organization getOrganization() {
    return organization;
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  String getPasswordHash() {
    return passwordHash;
  }

  public OrgRole getRole() {
    return role;
  }

  public String getLanguage() {
    return language;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant getLastSignInAt() {
    return lastSignInAt;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditSummary() {
    return displayName + " <" + email + ">, " + role + (enabled ? "" : ", disabled");
  }

  @Override
  public AuditScope auditScope() {
    return AuditScope.organization(organization.getId());
  }
}
