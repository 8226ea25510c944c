package io.shoreline.portal.web.sso;

import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.identity.sso.SsoConnection;
import io.shoreline.portal.identity.sso.SsoDraft;
import io.shoreline.portal.identity.sso.SsoSettings;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * app/org/sso.xhtml: an organization admin points the portal at their OpenID Connect provider, then
 * switches single sign-on on. The form carries the version loaded: a save over someone else's is
 * refused. Three blank group lines wait below the mapped ones. Other people of the organization see
 * how they sign in.
 */
@Named
@RequestScoped
public class SsoSetup {

  static final int BLANK_GROUP_LINES = 3;

  @Inject Tenants tenants;
  @Inject SsoSettings settings;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private SsoConnection connection;
  private boolean admin;
  private String version;
  private String issuer;
  private String clientId;
  private String clientSecret;
  private String emailClaim = "email";
  private String groupsClaim = "groups";
  private String domains;
  private boolean createsAccounts;
  private final List<GroupRoleRow> groupRoles = new ArrayList<>();

  @PostConstruct
  void load() {
    outcomes.attempt(
        () -> {
          admin = tenants.organization().getRole() == OrgRole.ORG_ADMIN;
          connection = settings.own().orElse(null);
        });
    if (connection != null) {
      version = String.valueOf(connection.getVersion());
      issuer = connection.getIssuer();
      clientId = connection.getClientId();
      emailClaim = connection.getEmailClaim();
      groupsClaim = connection.getGroupsClaim();
      domains = String.join(", ", connection.getDomains());
      createsAccounts = connection.isCreatesAccounts();
      connection
          .getGroupRoles()
          .forEach((group, role) -> groupRoles.add(new GroupRoleRow(group, role)));
    }
    for (int i = 0; i < BLANK_GROUP_LINES; i++) {
      groupRoles.add(new GroupRoleRow());
    }
  }

  public String save() {
    boolean saved =
        outcomes.attempt(
            () -> {
              tenants.organization();
              settings.save(
                  new SsoDraft(
                      issuer,
                      clientId,
                      clientSecret,
                      emailClaim,
                      groupsClaim,
                      SsoDraft.domainsOf(domains),
                      createsAccounts,
                      mapping()),
                  version == null || version.isBlank() ? -1 : RowParameters.version(version));
              messages.info("sso.saved");
            });
    return saved ? "/app/org/sso?faces-redirect=true" : null;
  }

  public String turnOn() {
    return turn(true);
  }

  public String turnOff() {
    return turn(false);
  }

  private String turn(boolean on) {
    boolean done =
        outcomes.attempt(
            () -> {
              tenants.organization();
              settings.turn(on, RowParameters.version(version));
              messages.info(on ? "sso.turnedOn" : "sso.turnedOff");
            });
    return done ? "/app/org/sso?faces-redirect=true" : null;
  }

  /** The lines typed, blank ones left out; a group typed twice is a mistake, not a choice. */
  private Map<String, OrgRole> mapping() {
    Map<String, OrgRole> mapping = new LinkedHashMap<>();
    for (GroupRoleRow row : groupRoles) {
      if (row.isBlank()) {
        continue;
      }
      String group = row.getGroup() == null ? "" : row.getGroup().strip();
      if (mapping.containsKey(group)) {
        throw new RuleViolation("sso.group.twice", group);
      }
      mapping.put(group, row.getRole());
    }
    return mapping;
  }

  /** Where the provider sends people back: to register with it. */
  public String getRedirectUri() {
    return SsoRedirects.callbackUri();
  }

  /** Whether the caller may change the settings (the domain checks again on every change). */
  public boolean isAdmin() {
    return admin;
  }

  public boolean isSetUp() {
    return connection != null;
  }

  public boolean isEnabled() {
    return connection != null && connection.isEnabled();
  }

  public SsoConnection getConnection() {
    return connection;
  }

  public OrgRole[] getRoles() {
    return OrgRole.values();
  }

  public List<GroupRoleRow> getGroupRoles() {
    return groupRoles;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getIssuer() {
    return issuer;
  }

  public void setIssuer(String issuer) {
    this.issuer = issuer;
  }

  public String getClientId() {
    return clientId;
  }

  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  public String getClientSecret() {
    return clientSecret;
  }

  public void setClientSecret(String clientSecret) {
    this.clientSecret = clientSecret;
  }

  public String getEmailClaim() {
    return emailClaim;
  }

  public void setEmailClaim(String emailClaim) {
    this.emailClaim = emailClaim;
  }

  public String getGroupsClaim() {
    return groupsClaim;
  }

  public void setGroupsClaim(String groupsClaim) {
    this.groupsClaim = groupsClaim;
  }

  public String getDomains() {
    return domains;
  }

  public void setDomains(String domains) {
    this.domains = domains;
  }

  public boolean isCreatesAccounts() {
    return createsAccounts;
  }

  public void setCreatesAccounts(boolean createsAccounts) {
    this.createsAccounts = createsAccounts;
  }
}
