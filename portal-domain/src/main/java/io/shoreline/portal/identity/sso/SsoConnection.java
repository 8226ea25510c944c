package io.shoreline.portal.identity.sso;

import io.shoreline.portal.audit.AuditScope;
import io.shoreline.portal.audit.Auditable;
import io.shoreline.portal.identity.OrgRole;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An organization's OpenID Connect provider: where its people sign in, which e-mail domains it
 * answers for, and which of its groups make someone a manager or an admin here.
 */
@Entity
@Table(name = "sso_connection")
@NamedQuery(
    name = SsoConnection.BY_DOMAIN,
    query = "SELECT c FROM SsoConnection c JOIN c.domains d WHERE d = :domain")
public class SsoConnection implements Auditable {

  static final String BY_DOMAIN = "SsoConnection.byDomain";

  @Id
  @Column(name = "organization_id")
  private Long organizationId;

  private String issuer;

  @Column(name = "client_id")
  private String clientId;

  /** Sealed: {@link io.shoreline.portal.platform.SecretBox}, purpose {@link #secretPurpose}. */
  @Column(name = "client_secret")
  private String clientSecret;

  @Column(name = "email_claim")
  private String emailClaim;

  @Column(name = "groups_claim")
  private String groupsClaim;

  @Column(name = "creates_accounts")
  private boolean createsAccounts;

  private boolean enabled;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "sso_domain", joinColumns = @JoinColumn(name = "organization_id"))
  @Column(name = "domain")
  private Set<String> domains = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "sso_group_role", joinColumns = @JoinColumn(name = "organization_id"))
  @MapKeyColumn(name = "group_name")
  @Column(name = "org_role")
  @Enumerated(EnumType.STRING)
  private Map<String, OrgRole> groupRoles = new HashMap<>();

  @Column(name = "updated_by")
  private long updatedBy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected SsoConnection() {}

  SsoConnection(long organizationId) {
    this.organizationId = organizationId;
  }

  static String secretPurpose(long organizationId) {
    return "sso:" + organizationId;
  }

  void configure(SsoDraft draft, String sealedSecret, long by, Instant at) {
    issuer = draft.issuer();
    clientId = draft.clientId();
    if (sealedSecret != null) {
      clientSecret = sealedSecret;
    }
    emailClaim = draft.emailClaim();
    groupsClaim = draft.groupsClaim();
    createsAccounts = draft.createsAccounts();
    domains.clear();
    domains.addAll(draft.domains());
    groupRoles.clear();
    groupRoles.putAll(draft.groupRoles());
    updated(by, at);
  }

  void switchOn(boolean on, long by, Instant at) {
    enabled = on;
    updated(by, at);
  }

  private void updated(long by, Instant at) {
    updatedBy = by;
    updatedAt = at;
  }

  SsoRules rules() {
    return new SsoRules(organizationId, createsAccounts, getDomains(), getGroupRoles());
  }

  @Override
  public Long getId() {
    return organizationId;
  }

  public long getOrganizationId() {
    return organizationId;
  }

  public String getIssuer() {
    return issuer;
  }

  public String getClientId() {
    return clientId;
  }

  String getClientSecret() {
    return clientSecret;
  }

  public String getEmailClaim() {
    return emailClaim;
  }

  public String getGroupsClaim() {
    return groupsClaim;
  }

  public boolean isCreatesAccounts() {
    return createsAccounts;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Set<String> getDomains() {
    return Collections.unmodifiableSet(new TreeSet<>(domains));
  }

  /** By group name, sorted. */
  public Map<String, OrgRole> getGroupRoles() {
    return Collections.unmodifiableMap(new TreeMap<>(groupRoles));
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditSummary() {
    // never the secret
    return "Single sign-on "
        + (enabled ? "on" : "off")
        + ", issuer "
        + issuer
        + ", client "
        + clientId
        + ", domains "
        + String.join(" ", getDomains())
        + (createsAccounts ? ", creates accounts" : "")
        + ", group roles "
        + getGroupRoles();
  }

  @Override
  public AuditScope auditScope() {
    return AuditScope.organization(organizationId);
  }
}
