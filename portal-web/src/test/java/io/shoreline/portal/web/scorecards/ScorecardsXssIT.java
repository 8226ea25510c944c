package io.shoreline.portal.web.scorecards;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.scorecards.Direction;
import io.shoreline.portal.scorecards.Kpi;
import io.shoreline.portal.scorecards.KpiDefinition;
import io.shoreline.portal.scorecards.KpiSource;
import io.shoreline.portal.scorecards.Kpis;
import io.shoreline.portal.scorecards.Perspective;
import io.shoreline.portal.scorecards.TermsDetails;
import io.shoreline.portal.scorecards.Thresholds;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.WorkspaceRole;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.testing.ActiveMarkup;
import io.shoreline.portal.testing.ClientsAndVendor;
import io.shoreline.portal.testing.HostileTexts;
import io.shoreline.portal.testing.WebClient;
import io.shoreline.portal.testing.XssPayloads;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The XSS corpus through the scorecard's KPIs, 40 to a workspace (the most it agrees on): names,
 * descriptions, units and the notes of their terms, on each KPI's page, the KPI list and the
 * scorecard with its charts (whose labels travel in a script). The payloads go into A–V, harmless
 * text into the same places of another A–V whose pages are the baseline; no page may hold more
 * active markup than the baseline, nor an evaluated expression.
 */
@ExtendWith(ArquillianExtension.class)
class ScorecardsXssIT {

  @ArquillianResource URL base;
  @Inject ClientsAndVendor clientsAndVendor;
  @Inject TenantAccess access;
  @Inject Kpis kpis;

  @Test
  void kpiTextsAreInertOnEachKpiTheListAndTheScorecard() throws Exception {
    ClientsAndVendor.Fixture others = clientsAndVendor.create(WorkspaceRole.COORDINATOR);
    List<Long> harmless =
        HostileTexts.harmless(Kpis.MOST_KPIS).stream().map(text -> agreed(others, text)).toList();
    WebClient other = signedIn(others.alice());
    String baseline = other.page(kpiPage(others.av(), harmless.get(0)));
    List<String> payloads = XssPayloads.all();
    // a workspace agrees on 40 KPIs at most: 40 payloads to a workspace
    for (int from = 0; from < payloads.size(); from += Kpis.MOST_KPIS) {
      ClientsAndVendor.Fixture tenants = clientsAndVendor.create(WorkspaceRole.COORDINATOR);
      List<Long> hostile = new ArrayList<>();
      HostileTexts texts =
          HostileTexts.write(
              payloads.subList(from, Math.min(from + Kpis.MOST_KPIS, payloads.size())),
              text -> hostile.add(agreed(tenants, text)));
      assertThat(texts.refused())
          .as("refused: only names over 120 characters, or taken")
          .allMatch(text -> HostileTexts.tooLongOrTaken(text, 120));

      WebClient alice = signedIn(tenants.alice());
      for (int i = 0; i < hostile.size(); i++) {
        String shown = alice.page(kpiPage(tenants.av(), hostile.get(i)));
        ActiveMarkup.assertNoneAdded("KPI " + texts.stored().get(i), shown, baseline);
        ActiveMarkup.assertShownAsText("its page", shown, List.of(texts.stored().get(i)));
      }
      for (String page : List.of("app/kpis.xhtml?w=", "app/scorecard.xhtml?w=")) {
        ActiveMarkup.assertNoneAdded(
            page, alice.page(page + tenants.av().getId()), other.page(page + others.av().getId()));
      }
    }
  }

  /** A feedback-count KPI named by the text that Alice proposed and Victor agreed. */
  private long agreed(ClientsAndVendor.Fixture pair, String text) {
    access.openWorkspace(pair.av().getId(), pair.alice());
    Kpi kpi =
        kpis.propose(
            new KpiDefinition(
                text,
                text,
                text.length() <= 20 ? text : "calls",
                Perspective.CUSTOMER,
                Direction.HIGHER_IS_BETTER,
                KpiSource.FEEDBACK,
                "FEEDBACK_COUNT",
                null,
                null,
                null,
                null),
            new TermsDetails(
                LocalDate.of(2026, 1, 1),
                new Thresholds(
                    Direction.HIGHER_IS_BETTER,
                    new BigDecimal("25"),
                    new BigDecimal("20"),
                    new BigDecimal("10")),
                1,
                text));
    access.openWorkspace(pair.av().getId(), pair.victor());
    kpis.agree(kpi.getId(), kpi.getVersion());
    return kpi.getId();
  }

  private static String kpiPage(Partnership workspace, long kpi) {
    return "app/kpi.xhtml?w=" + workspace.getId() + "&id=" + kpi;
  }

  private WebClient signedIn(String email) throws Exception {
    return WebClient.signedIn(base, email, ClientsAndVendor.PASSWORD);
  }
}
