package io.shoreline.portal.web.scorecards;

import io.shoreline.portal.scorecards.Kpi;
import io.shoreline.portal.scorecards.KpiStatus;
import io.shoreline.portal.scorecards.Kpis;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backing bean of app/kpis.xhtml?w=ID: the workspace's KPIs (at most {@link Kpis#MOST_KPIS} live
 * ones, so one list), those awaiting the viewer's side first; the proposal form is {@link
 * ProposeKpi}.
 */
@Named
@RequestScoped
public class KpiList {

  @Inject Tenants tenants;
  @Inject Kpis kpis;
  @Inject CallerMembership member;
  @Inject Outcomes outcomes;

  private List<Kpi> all;
  private Partnership workspace;
  private long side;

  public void open() {
    getAll();
  }

  public List<Kpi> getAll() {
    if (all == null) {
      all =
          outcomes
              .attempt(
                  () -> {
                    workspace = tenants.workspace().getPartnership();
                    side = tenants.caller().getOrganization().getId();
                    return kpis.all();
                  })
              .orElse(List.of());
    }
    return all;
  }

  /** Proposed by the other side: the viewer's coordinators answer them. */
  public List<Kpi> getAwaitingUs() {
    return getAll().stream()
        .filter(k -> k.getStatus() == KpiStatus.PROPOSED && k.getProposedOrgId() != side)
        .toList();
  }

  public List<Kpi> getOthers() {
    List<Kpi> awaiting = getAwaitingUs();
    return getAll().stream().filter(k -> !awaiting.contains(k)).toList();
  }

  public String sideName(Kpi kpi) {
    return kpi.getProposedOrgId() == workspace.getClient().getId()
        ? workspace.getClient().getName()
        : workspace.getVendor().getName();
  }

  public boolean isCanArrange() {
    return outcomes
        .attempt(
            () -> {
              tenants.workspace();
              return member.canWrite() && member.isCoordinator();
            })
        .orElse(false);
  }

  public Partnership getWorkspace() {
    getAll();
    return workspace;
  }
}
