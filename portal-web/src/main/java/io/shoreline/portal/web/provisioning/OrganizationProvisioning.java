package io.shoreline.portal.web.provisioning;

import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.provisioning.CreatedScimToken;
import io.shoreline.portal.provisioning.ProvisionedGroups;
import io.shoreline.portal.provisioning.ScimGroup;
import io.shoreline.portal.provisioning.ScimToken;
import io.shoreline.portal.provisioning.ScimTokens;
import io.shoreline.portal.visits.AccountNames;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.PagedRows;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Backing bean of app/org/provisioning.xhtml, for the organization's admins: the SCIM endpoint, its
 * tokens (a new one's secret is shown in the response that made it, and kept nowhere), and the role
 * each provisioned group grants. Row actions carry the id and version the admin saw.
 */
@Named
@RequestScoped
public class OrganizationProvisioning {

  static final int ROWS = 20;
  static final String SELF = "/app/org/provisioning?faces-redirect=true";

  @Inject Tenants tenants;
  @Inject ScimTokens tokens;
  @Inject ProvisionedGroups groups;
  @Inject AccountNames names;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  @Inject
  @ConfigProperty(name = "portal.base-url")
  Optional<String> baseUrl;

  private PagedRows<ScimToken> tokenRows;
  private PagedRows<GroupRow> groupRows;
  private final Map<Long, String> people = new HashMap<>();
  private String name;
  private CreatedScimToken created;

  /** The view action: the page is its organization's admins' alone (403 for others). */
  public void open() {
    outcomes.attempt(
        () -> {
          tenants.organization();
          return tokens.count();
        });
  }

  public PagedRows<ScimToken> getTokens() {
    if (tokenRows == null) {
      tokenRows =
          new PagedRows<>(
              outcomes,
              () -> {
                tenants.organization();
                return tokens.count();
              },
              (first, max) -> {
                tenants.organization();
                List<ScimToken> page = tokens.page(first, max);
                namePeople(page);
                return page;
              },
              ScimToken::getId);
    }
    return tokenRows;
  }

  public PagedRows<GroupRow> getGroups() {
    if (groupRows == null) {
      groupRows =
          new PagedRows<>(
              outcomes,
              () -> {
                tenants.organization();
                return groups.count();
              },
              (first, max) -> {
                tenants.organization();
                List<ScimGroup> page = groups.page(first, max);
                Map<Long, Long> counts =
                    groups.memberCounts(page.stream().map(ScimGroup::getId).toList());
                return page.stream()
                    .map(group -> new GroupRow(group, counts.getOrDefault(group.getId(), 0L)))
                    .toList();
              },
              GroupRow::getId);
    }
    return groupRows;
  }

  public String create() {
    outcomes
        .attempt(
            () -> {
              tenants.organization();
              return tokens.create(name);
            })
        .ifPresent(
            token -> {
              created = token;
              name = null;
            });
    return null; // the same page, whose response shows the secret once
  }

  public String revoke() {
    boolean done =
        outcomes.attempt(
            () -> {
              tenants.organization();
              ScimToken revoked =
                  tokens.revoke(RowParameters.id("SCIM token"), RowParameters.version());
              messages.info("provisioning.token.revoked", revoked.getName());
            });
    return done ? SELF : null;
  }

  /**
   * @param role the role chosen in the same row as the button (null: the group grants none)
   */
  public String saveRole(OrgRole role) {
    boolean done =
        outcomes.attempt(
            () -> {
              tenants.organization();
              ScimGroup group =
                  groups.grant(RowParameters.id("group"), role, RowParameters.version());
              messages.info("provisioning.group.roleSaved", group.getDisplayName());
            });
    return done ? SELF : null;
  }

  /** The SCIM root an identity provider is given. */
  public String getEndpoint() {
    return baseUrl
            .map(String::strip)
            .filter(url -> !url.isEmpty())
            .map(url -> url.replaceAll("/+$", ""))
            .orElseGet(OrganizationProvisioning::ofThisRequest)
        + "/scim/v2";
  }

  private static String ofThisRequest() {
    ExternalContext request = FacesContext.getCurrentInstance().getExternalContext();
    String scheme = request.getRequestScheme();
    int port = request.getRequestServerPort();
    boolean defaultPort =
        "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
    return scheme
        + "://"
        + request.getRequestServerName()
        + (defaultPort ? "" : ":" + port)
        + request.getRequestContextPath();
  }

  public List<OrgRole> getRoles() {
    return List.of(OrgRole.values());
  }

  public String person(Long accountId) {
    return accountId == null ? "" : people.getOrDefault(accountId, "#" + accountId);
  }

  private void namePeople(List<ScimToken> page) {
    people.putAll(
        names.of(
            page.stream()
                .flatMap(token -> Stream.of(token.getCreatedBy(), token.getRevokedBy()))
                .filter(Objects::nonNull)
                .toList()));
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  /** The secret of the token this request made, or null: shown once. */
  public String getCreatedSecret() {
    return created == null ? null : created.secret();
  }

  public String getCreatedName() {
    return created == null ? null : created.token().getName();
  }

  public int getRows() {
    return ROWS;
  }
}
