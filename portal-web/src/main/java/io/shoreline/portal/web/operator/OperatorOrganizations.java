package io.shoreline.portal.web.operator;

import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.tenancy.Organization;
import io.shoreline.portal.tenancy.OrganizationKind;
import io.shoreline.portal.tenancy.Organizations;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.PagedRows;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backing bean of app/operator/organizations.xhtml: every organization, for platform operators
 * only; anyone else gets 403 before the page renders (the domain refuses them on every call too).
 */
@Named
@RequestScoped
public class OperatorOrganizations {

  static final int ROWS = 25;
  static final String SELF = "/app/operator/organizations?faces-redirect=true";

  @Inject Organizations organizations;
  @Inject Tenants tenants;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private PagedRows<Organization> rows;

  /** The view action: 403 for anyone but an operator. */
  public void open() {
    outcomes.attempt(this::requireOperator);
  }

  public PagedRows<Organization> getRows() {
    if (rows == null) {
      rows =
          new PagedRows<>(
              outcomes,
              () -> {
                requireOperator();
                return organizations.count();
              },
              (first, max) -> {
                requireOperator();
                return organizations.page(first, max);
              },
              Organization::getId);
    }
    return rows;
  }

  public String suspend() {
    return change(true, "operator.suspended");
  }

  public String reactivate() {
    return change(false, "operator.reactivated");
  }

  private String change(boolean suspend, String confirmation) {
    boolean done =
        outcomes.attempt(
            () -> {
              tenants.organization();
              long id = RowParameters.id("organization");
              long version = RowParameters.version();
              if (suspend) {
                organizations.suspend(id, version);
              } else {
                organizations.reactivate(id, version);
              }
            });
    if (!done) {
      return null;
    }
    messages.info(confirmation);
    return SELF;
  }

  /** Also opens the caller's organization, which the operator's own calls run in. */
  private void requireOperator() {
    if (tenants.organization().getOrganization().getKind() != OrganizationKind.PLATFORM) {
      throw new NotAllowedException("platform operators only");
    }
  }
}
