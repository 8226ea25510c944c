package io.shoreline.portal.web.isolation;

import static io.shoreline.portal.testing.DemoLogins.ATLAS_ADMIN;

import io.shoreline.portal.scorecards.Direction;
import io.shoreline.portal.scorecards.Kpi;
import io.shoreline.portal.scorecards.KpiDefinition;
import io.shoreline.portal.scorecards.KpiSource;
import io.shoreline.portal.scorecards.KpiTerms;
import io.shoreline.portal.scorecards.KpiTermsChanges;
import io.shoreline.portal.scorecards.Kpis;
import io.shoreline.portal.scorecards.Perspective;
import io.shoreline.portal.scorecards.TermsDetails;
import io.shoreline.portal.scorecards.TermsStatus;
import io.shoreline.portal.scorecards.Thresholds;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * KPIs of one workspace (made once) in every state whose page offers a button to the client's
 * coordinators: proposed by the vendor (agree, decline), proposed by the client (withdraw), agreed
 * with new terms from the vendor (agree or decline them), agreed (propose new terms). Ids go under
 * the prefix.
 */
@RequestScoped
public class ScorecardVictims {

  private static final String FROM_VENDOR = "Adversarial: from the vendor";
  private static final String FROM_CLIENT = "Adversarial: from the client";
  private static final String NEW_TERMS = "Adversarial: new terms";
  private static final String AGREED = "Adversarial: agreed";
  private static final LocalDate FIRST_TERMS = LocalDate.of(2026, 1, 1);

  @Inject TenantAccess access;
  @Inject Kpis kpis;
  @Inject KpiTermsChanges termsChanges;

  void kpisOf(String prefix, long workspace, String clientAdmin, Map<String, String> ids) {
    access.openWorkspace(workspace, clientAdmin);
    if (kpis.all().stream().noneMatch(kpi -> kpi.getName().equals(AGREED))) {
      make(workspace, clientAdmin);
    }
    access.openWorkspace(workspace, clientAdmin);
    Kpi fromVendor = named(FROM_VENDOR);
    ids.put(prefix + "Kpi", fromVendor.getId() + "");
    ids.put(prefix + "KpiVersion", fromVendor.getVersion() + "");
    Kpi fromClient = named(FROM_CLIENT);
    ids.put(prefix + "ProposedKpi", fromClient.getId() + "");
    ids.put(prefix + "ProposedKpiVersion", fromClient.getVersion() + "");
    Kpi withNewTerms = named(NEW_TERMS);
    KpiTerms pending =
        kpis.terms(withNewTerms.getId()).stream()
            .filter(terms -> terms.getStatus() == TermsStatus.PROPOSED)
            .findFirst()
            .orElseThrow();
    ids.put(prefix + "TermsKpi", withNewTerms.getId() + "");
    ids.put(prefix + "Terms", pending.getId() + "");
    ids.put(prefix + "TermsVersion", pending.getVersion() + "");
    ids.put(prefix + "AgreedKpi", named(AGREED).getId() + "");
  }

  private void make(long workspace, String clientAdmin) {
    access.openWorkspace(workspace, ATLAS_ADMIN);
    kpis.propose(definition(FROM_VENDOR), terms(FIRST_TERMS));
    Kpi newTerms = kpis.propose(definition(NEW_TERMS), terms(FIRST_TERMS));
    access.openWorkspace(workspace, clientAdmin);
    kpis.propose(definition(FROM_CLIENT), terms(FIRST_TERMS));
    Kpi agreed = kpis.propose(definition(AGREED), terms(FIRST_TERMS));
    kpis.agree(newTerms.getId(), kpis.find(newTerms.getId()).getVersion());
    access.openWorkspace(workspace, ATLAS_ADMIN);
    kpis.agree(agreed.getId(), kpis.find(agreed.getId()).getVersion());
    termsChanges.propose(newTerms.getId(), terms(FIRST_TERMS.plusMonths(6)));
  }

  private Kpi named(String name) {
    return kpis.all().stream().filter(kpi -> kpi.getName().equals(name)).findFirst().orElseThrow();
  }

  private static KpiDefinition definition(String name) {
    return new KpiDefinition(
        name,
        "Only this workspace",
        "",
        Perspective.OPERATIONS,
        Direction.LOWER_IS_BETTER,
        KpiSource.INCIDENTS,
        "INCIDENT_COUNT",
        null,
        null,
        null,
        null);
  }

  private static TermsDetails terms(LocalDate from) {
    return new TermsDetails(
        from,
        new Thresholds(
            Direction.LOWER_IS_BETTER,
            BigDecimal.ONE,
            BigDecimal.valueOf(2),
            BigDecimal.valueOf(4)),
        10,
        "");
  }
}
