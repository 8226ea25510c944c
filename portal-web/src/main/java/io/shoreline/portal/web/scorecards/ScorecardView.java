package io.shoreline.portal.web.scorecards;

import io.shoreline.portal.scorecards.Figure;
import io.shoreline.portal.scorecards.KpiLine;
import io.shoreline.portal.scorecards.KpiSource;
import io.shoreline.portal.scorecards.PeriodKind;
import io.shoreline.portal.scorecards.Perspective;
import io.shoreline.portal.scorecards.ScorePeriod;
import io.shoreline.portal.scorecards.Scorecard;
import io.shoreline.portal.scorecards.Scorecards;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Backing bean of app/scorecard.xhtml?w=ID[&period=2026-11 | 2026-W47 | 2026-Q4]: the scorecard of
 * a period (the current month by default), by perspective, with the period before it, trend charts
 * and, for each figure, a link to where it comes from.
 */
@Named
@RequestScoped
public class ScorecardView {

  @Inject Tenants tenants;
  @Inject Scorecards scorecards;
  @Inject Outcomes outcomes;

  private String period;
  private Scorecard scorecard;
  private Partnership workspace;

  /** The view action: membership first, then the scorecard; an unreadable period is refused. */
  public void open() {
    getScorecard();
  }

  public Scorecard getScorecard() {
    if (scorecard == null) {
      scorecard =
          outcomes
              .attempt(
                  () -> {
                    workspace = tenants.workspace().getPartnership();
                    return scorecards.of(chosenPeriod());
                  })
              .orElse(null);
    }
    return scorecard;
  }

  private ScorePeriod chosenPeriod() {
    if (period == null || period.isBlank()) {
      ZoneId zone = ZoneId.of(workspace.getClient().getTimeZone());
      return ScorePeriod.containing(PeriodKind.MONTH, LocalDate.now(zone));
    }
    return ScorePeriod.parse(period)
        .orElseThrow(() -> new io.shoreline.portal.platform.RuleViolation("scorecards.badPeriod"));
  }

  public Partnership getWorkspace() {
    getScorecard();
    return workspace;
  }

  public List<Perspective> getPerspectives() {
    return List.of(Perspective.values());
  }

  public List<KpiLine> linesOf(Perspective perspective) {
    Scorecard card = getScorecard();
    return card == null
        ? List.of()
        : card.lines().stream().filter(l -> l.kpi().getPerspective() == perspective).toList();
  }

  /** The same period's key for another kind: the week, month or quarter containing its start. */
  public String keyOf(String kind) {
    return ScorePeriod.containing(PeriodKind.valueOf(kind), getScorecard().period().start()).key();
  }

  public String getPreviousKey() {
    return getScorecard().period().previous().key();
  }

  public String getNextKey() {
    return getScorecard().period().next().key();
  }

  public String label(ScorePeriod shown) {
    return PeriodLabels.of(shown, locale());
  }

  /** A figure as people read it: grouped digits, at most two decimals, and its unit. */
  public String figure(BigDecimal value, String unit) {
    if (value == null) {
      return texts().getString("scorecard.noData");
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale());
    format.setMaximumFractionDigits(2);
    String number = format.format(value);
    return unit == null || unit.isEmpty() ? number : number + " " + unit;
  }

  public String score(BigDecimal value) {
    return value == null ? texts().getString("scorecard.noData") : figure(value, "%");
  }

  /** Where the figure comes from: the feed version it was read from, or the records' list. */
  public String provenanceUrl(KpiLine line, Figure figure) {
    String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    String w = "?w=" + workspace.getId();
    KpiSource source = line.kpi().getSource();
    return switch (source) {
      case FEED ->
          base
              + "/app/feed.xhtml"
              + w
              + "&f="
              + line.kpi().getFeedId()
              + "&v="
              + figure.provenance().feedVersion();
      case VISIT_RATINGS -> base + "/app/visits.xhtml" + w;
      case FEEDBACK -> base + "/app/feedback.xhtml" + w;
      case INCIDENTS -> base + "/app/incidents.xhtml" + w;
      case BULLETIN_ACKS -> base + "/app/bulletins.xhtml" + w;
    };
  }

  public String chart(KpiLine line) {
    return ScorecardCharts.kpi(line, texts(), locale());
  }

  public String getScoreChart() {
    return ScorecardCharts.scores(getScorecard(), texts(), locale());
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  private static java.util.Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  private static ResourceBundle texts() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "msg");
  }
}
