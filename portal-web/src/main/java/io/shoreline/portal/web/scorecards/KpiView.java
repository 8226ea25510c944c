package io.shoreline.portal.web.scorecards;

import io.shoreline.portal.scorecards.Kpi;
import io.shoreline.portal.scorecards.KpiStatus;
import io.shoreline.portal.scorecards.KpiTerms;
import io.shoreline.portal.scorecards.Kpis;
import io.shoreline.portal.scorecards.TermsStatus;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.visits.AccountNames;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Backing bean of app/kpi.xhtml?w=ID&id=KPI: what a KPI measures, where its agreement stands, and
 * every version of its terms with the one awaiting an answer; the answers are {@link KpiAnswers}.
 */
@Named
@RequestScoped
public class KpiView {

  @Inject Tenants tenants;
  @Inject Kpis kpis;
  @Inject CallerMembership member;
  @Inject AccountNames names;
  @Inject Outcomes outcomes;

  private String id;
  private Kpi kpi;
  private List<KpiTerms> terms;
  private Partnership workspace;
  private long side;
  private boolean coordinator;
  private Map<Long, String> people = Map.of();

  public void open() {
    getKpi();
  }

  public Kpi getKpi() {
    if (kpi == null) {
      outcomes.attempt(
          () -> {
            workspace = tenants.workspace().getPartnership();
            side = tenants.caller().getOrganization().getId();
            coordinator = member.canWrite() && member.isCoordinator();
            kpi = kpis.find(getKpiId());
            terms = kpis.terms(kpi.getId());
            List<Long> ids = new ArrayList<>(List.of(kpi.getProposedBy()));
            terms.forEach(t -> ids.add(t.getProposedBy()));
            people = names.of(ids);
          });
    }
    return kpi;
  }

  public long getKpiId() {
    return Ids.parse(getId(), "KPI");
  }

  public List<KpiTerms> getTerms() {
    getKpi();
    return terms == null ? List.of() : terms;
  }

  /** Terms proposed and not yet answered (at most one at a time). */
  public KpiTerms getPendingTerms() {
    return getTerms().stream()
        .filter(t -> t.getStatus() == TermsStatus.PROPOSED && kpi.getStatus() == KpiStatus.AGREED)
        .findFirst()
        .orElse(null);
  }

  public boolean isCanAnswerKpi() {
    return coordinator
        && getKpi() != null
        && kpi.getStatus() == KpiStatus.PROPOSED
        && kpi.getProposedOrgId() != side;
  }

  public boolean isCanWithdrawKpi() {
    return coordinator
        && getKpi() != null
        && kpi.getStatus() == KpiStatus.PROPOSED
        && kpi.getProposedOrgId() == side;
  }

  public boolean isCanProposeTerms() {
    return coordinator
        && getKpi() != null
        && kpi.getStatus() == KpiStatus.AGREED
        && getPendingTerms() == null;
  }

  public boolean isCanAnswerTerms() {
    KpiTerms pending = getPendingTerms();
    return coordinator && pending != null && pending.getProposedOrgId() != side;
  }

  public boolean isCanWithdrawTerms() {
    KpiTerms pending = getPendingTerms();
    return coordinator && pending != null && pending.getProposedOrgId() == side;
  }

  public String person(long accountId) {
    return people.getOrDefault(accountId, "#" + accountId);
  }

  public String sideName(long organizationId) {
    return workspace == null
        ? ""
        : organizationId == workspace.getClient().getId()
            ? workspace.getClient().getName()
            : workspace.getVendor().getName();
  }

  public Partnership getWorkspace() {
    getKpi();
    return workspace;
  }

  /** The view parameter; on a postback the form's "id" (the view parameter is not set then). */
  public String getId() {
    return id != null ? id : RowParameters.parameter("id");
  }

  public void setId(String id) {
    this.id = id;
  }
}
