package io.shoreline.portal.web.people;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.identity.People;
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
 * Backing bean of app/org/people.xhtml: the caller's organization's accounts, a page at a time, and
 * what its admin changes about them. Each row action names its account and the version the admin
 * saw ({@link RowParameters}); the domain refuses it if someone changed the account meanwhile.
 */
@Named
@RequestScoped
public class OrganizationPeople {

  static final int ROWS = 25;
  static final String SELF = "/app/org/people?faces-redirect=true";

  @Inject People people;
  @Inject Tenants tenants;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private Optional<Account> caller;
  private PagedRows<PersonRow> rows;

  /** The view action: refuses the page before it renders if the caller has no organization. */
  public void open() {
    caller();
  }

  public PagedRows<PersonRow> getRows() {
    if (rows == null) {
      rows =
          new PagedRows<>(
              outcomes,
              () -> caller().isEmpty() ? 0 : people.count(),
              (first, max) ->
                  caller().isEmpty()
                      ? List.of()
                      : people.page(first, max).stream().map(PersonRow::new).toList(),
              PersonRow::getId);
    }
    return rows;
  }

  /**
   * @param chosen the role selected in the same row as the button (the row's position, not its
   *     reloaded record, pairs them)
   */
  public String saveRole(OrgRole chosen) {
    return change(
        () -> {
          long id = RowParameters.id("account");
          long version = RowParameters.version();
          people.changeRole(id, chosen, version);
        },
        "people.roleSaved");
  }

  public String disable() {
    return change(
        () -> {
          long id = RowParameters.id("account");
          long version = RowParameters.version();
          people.disable(id, version);
        },
        "people.disabled");
  }

  public String enable() {
    return change(
        () -> {
          long id = RowParameters.id("account");
          long version = RowParameters.version();
          people.enable(id, version);
        },
        "people.enabled");
  }

  /** Whether the caller may change people (the domain checks again on every change). */
  public boolean isAdmin() {
    return caller().map(account -> account.getRole() == OrgRole.ORG_ADMIN).orElse(false);
  }

  /** The caller's account id, to mark their own row. */
  public Long getCallerId() {
    return caller().map(Account::getId).orElse(null);
  }

  public List<OrgRole> getRoles() {
    return List.of(OrgRole.values());
  }

  private String change(Runnable change, String confirmation) {
    if (caller().isEmpty() || !outcomes.attempt(change)) {
      return null;
    }
    messages.info(confirmation);
    return SELF;
  }

  private Optional<Account> caller() {
    if (caller == null) {
      caller = outcomes.attempt(tenants::organization);
    }
    return caller;
  }
}
