package io.shoreline.portal.web.roster;

import io.shoreline.portal.roster.Agent;
import io.shoreline.portal.roster.Roster;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.Tenants;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The roster for a lazy table: one page and the count from the database, agents with sites. */
class RosterPage extends LazyDataModel<Agent> {

  private static final long serialVersionUID = 1L;

  // request-scoped and EJB proxies: the model never outlives its request
  private final transient Tenants tenants;
  private final transient Roster roster;
  private final transient Outcomes outcomes;

  RosterPage(Tenants tenants, Roster roster, Outcomes outcomes) {
    this.tenants = tenants;
    this.roster = roster;
    this.outcomes = outcomes;
  }

  @Override
  public int count(Map<String, FilterMeta> filters) {
    return outcomes
        .attempt(
            () -> {
              tenants.organization();
              return Math.toIntExact(roster.count());
            })
        .orElse(0);
  }

  @Override
  public List<Agent> load(
      int first, int size, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
    return outcomes
        .attempt(
            () -> {
              tenants.organization();
              return roster.page(first, size);
            })
        .orElse(List.of());
  }

  @Override
  public String getRowKey(Agent agent) {
    return String.valueOf(agent.getId());
  }
}
