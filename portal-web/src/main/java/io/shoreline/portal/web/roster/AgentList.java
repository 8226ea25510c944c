package io.shoreline.portal.web.roster;

import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.roster.Agent;
import io.shoreline.portal.roster.Roster;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.PagedRows;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

/** The table of app/org/agents.xhtml: the roster, 25 agents a page, read page by page. */
@Named
@RequestScoped
public class AgentList {

  public static final int PAGE_SIZE = 25;

  @Inject Tenants tenants;
  @Inject Roster roster;
  @Inject Outcomes outcomes;

  private LazyDataModel<Agent> model;

  @PostConstruct
  void createModel() {
    model =
        new PagedRows<>(
            outcomes,
            () -> {
              tenants.organization();
              return roster.count();
            },
            (first, max) -> {
              tenants.organization();
              return roster.page(first, max);
            },
            Agent::getId);
  }

  public LazyDataModel<Agent> getModel() {
    return model;
  }

  public int getPageSize() {
    return PAGE_SIZE;
  }

  /** Admins and managers add and change agents; the others read the roster. */
  public boolean isEditor() {
    return outcomes
        .attempt(() -> tenants.organization().getRole())
        .map(role -> role == OrgRole.ORG_ADMIN || role == OrgRole.MANAGER)
        .orElse(false);
  }
}
