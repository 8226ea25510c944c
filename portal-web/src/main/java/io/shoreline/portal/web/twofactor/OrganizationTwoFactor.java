package io.shoreline.portal.web.twofactor;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.twofactor.PolicySetting;
import io.shoreline.portal.twofactor.TwoFactorAdmin;
import io.shoreline.portal.twofactor.TwoFactorPolicy;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.PagedRows;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * Backing bean of app/org/security.xhtml: the organization's two-factor policy, who has an
 * authenticator, and (for its admins) changing the policy and resetting a person's authenticator.
 * The policy form posts the version it showed; a reset names the person and the version of their
 * authenticator ({@link RowParameters}).
 */
@Named
@RequestScoped
public class OrganizationTwoFactor {

  static final String SELF = "/app/org/security?faces-redirect=true";

  @Inject TwoFactorAdmin admin;
  @Inject Tenants tenants;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private Optional<Account> caller;
  private PolicySetting setting;
  private TwoFactorPolicy chosenPolicy;
  private PagedRows<PersonFactorRow> rows;

  /** The view action: refuses the page before it renders if the caller has no organization. */
  public void open() {
    caller();
  }

  public String savePolicy() {
    if (caller().isEmpty() || chosenPolicy == null) {
      return null;
    }
    long version = RowParameters.version(RowParameters.parameter("policyVersion"));
    if (!outcomes.attempt(() -> admin.changePolicy(chosenPolicy, version))) {
      return null;
    }
    messages.info("orgSecurity.saved");
    return SELF;
  }

  public String reset() {
    if (caller().isEmpty()
        || !outcomes.attempt(
            () -> admin.reset(RowParameters.id("account"), RowParameters.version()))) {
      return null;
    }
    messages.info("orgSecurity.resetDone");
    return SELF;
  }

  public PolicySetting getSetting() {
    if (setting == null && caller().isPresent()) {
      setting = outcomes.attempt(admin::policy).orElse(null);
    }
    return setting;
  }

  public long getPolicyVersion() {
    return getSetting() == null ? -1 : getSetting().version();
  }

  public TwoFactorPolicy getPolicy() {
    return getSetting() == null ? TwoFactorPolicy.OFF : getSetting().policy();
  }

  public TwoFactorPolicy getChosenPolicy() {
    return chosenPolicy != null ? chosenPolicy : getPolicy();
  }

  public void setChosenPolicy(TwoFactorPolicy chosenPolicy) {
    this.chosenPolicy = chosenPolicy;
  }

  public List<TwoFactorPolicy> getPolicies() {
    return List.of(TwoFactorPolicy.values());
  }

  public PagedRows<PersonFactorRow> getRows() {
    if (rows == null) {
      rows =
          new PagedRows<>(
              outcomes,
              () -> caller().isEmpty() ? 0 : admin.count(),
              (first, max) ->
                  caller().isEmpty()
                      ? List.of()
                      : admin.page(first, max).stream().map(PersonFactorRow::new).toList(),
              PersonFactorRow::getId);
    }
    return rows;
  }

  /** Whether the caller may change the policy and reset (the domain checks again). */
  public boolean isAdmin() {
    return caller().map(account -> account.getRole() == OrgRole.ORG_ADMIN).orElse(false);
  }

  private Optional<Account> caller() {
    if (caller == null) {
      caller = outcomes.attempt(tenants::organization);
    }
    return caller;
  }
}
