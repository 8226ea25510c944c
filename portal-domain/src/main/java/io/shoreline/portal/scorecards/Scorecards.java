package io.shoreline.portal.scorecards;

import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scorecard of the request's workspace: the agreed KPIs' figures for a period and the periods
 * before it, each judged by the agreed terms in force when its period began, and the overall
 * weighted score of each period. Periods count the client's days, so both sides read one scorecard.
 */
@Stateless
@TenantBound
public class Scorecards {

  /** The chosen period and the ones before it that trend charts show. */
  public static final int PERIODS_SHOWN = 6;

  @Inject CallerMembership member;
  @Inject Kpis kpis;
  @Inject FeedFigures feedFigures;
  @Inject RecordFigures recordFigures;

  public Scorecard of(ScorePeriod period) {
    Partnership workspace = member.get().getPartnership();
    ZoneId zone = ZoneId.of(workspace.getClient().getTimeZone());
    PeriodBuckets buckets = new PeriodBuckets(period.trailing(PERIODS_SHOWN), zone);
    List<Kpi> agreed = kpis.agreed();
    FigureBook book = new FigureBook();
    agreed.forEach(kpi -> book.expect(kpi, Measures.aggregation(kpi)));
    feedFigures.collect(agreed, buckets, book);
    recordFigures.collect(agreed, buckets, workspace.getVendor().getId(), book);
    Map<Long, List<TermsInForce<KpiTerms>>> terms = agreedTermsByKpi();
    List<KpiLine> lines = new ArrayList<>();
    for (Kpi kpi : agreed) {
      lines.add(line(kpi, terms.getOrDefault(kpi.getId(), List.of()), buckets, book));
    }
    return new Scorecard(period, zone, lines, scores(lines, terms, buckets.periods().size()));
  }

  private static KpiLine line(
      Kpi kpi, List<TermsInForce<KpiTerms>> terms, PeriodBuckets buckets, FigureBook book) {
    List<Figure> figures = new ArrayList<>();
    for (ScorePeriod period : buckets.periods()) {
      Optional<BigDecimal> value = book.value(kpi, period);
      Optional<KpiTerms> inForce = TargetHistory.inForce(terms, period);
      Rag rag = inForce.map(t -> t.thresholds(kpi.getDirection()).judge(value)).orElse(Rag.NONE);
      figures.add(
          new Figure(
              period,
              value.orElse(null),
              inForce.map(KpiTerms::getTarget).orElse(null),
              rag,
              book.provenance(kpi, period)));
    }
    ScorePeriod chosen = buckets.periods().get(buckets.periods().size() - 1);
    Figure now = figures.get(figures.size() - 1);
    Figure before = figures.get(figures.size() - 2);
    return new KpiLine(
        kpi,
        TargetHistory.inForce(terms, chosen).orElse(null),
        figures,
        Direction.compare(kpi.getDirection(), now.optional(), before.optional()));
  }

  /** Each period's overall score, from the figures judged and the weights in force then. */
  private static List<BigDecimal> scores(
      List<KpiLine> lines, Map<Long, List<TermsInForce<KpiTerms>>> terms, int periods) {
    List<BigDecimal> scores = new ArrayList<>();
    for (int i = 0; i < periods; i++) {
      List<WeightedRag> judged = new ArrayList<>();
      for (KpiLine line : lines) {
        Figure figure = line.figures().get(i);
        TargetHistory.inForce(terms.getOrDefault(line.kpi().getId(), List.of()), figure.period())
            .ifPresent(inForce -> judged.add(new WeightedRag(figure.rag(), inForce.getWeight())));
      }
      scores.add(OverallScore.of(judged).orElse(null));
    }
    return scores;
  }

  private Map<Long, List<TermsInForce<KpiTerms>>> agreedTermsByKpi() {
    Map<Long, List<TermsInForce<KpiTerms>>> byKpi = new HashMap<>();
    for (KpiTerms terms : kpis.agreedTerms()) {
      byKpi
          .computeIfAbsent(terms.getKpiId(), id -> new ArrayList<>())
          .add(new TermsInForce<>(terms.getEffectiveFrom(), terms));
    }
    return byKpi;
  }
}
