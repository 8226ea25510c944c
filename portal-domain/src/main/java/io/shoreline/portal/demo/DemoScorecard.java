package io.shoreline.portal.demo;

import io.shoreline.portal.feeds.Feed;
import io.shoreline.portal.feeds.Feeds;
import io.shoreline.portal.scorecards.Direction;
import io.shoreline.portal.scorecards.Kpi;
import io.shoreline.portal.scorecards.KpiDefinition;
import io.shoreline.portal.scorecards.KpiSource;
import io.shoreline.portal.scorecards.Kpis;
import io.shoreline.portal.scorecards.Perspective;
import io.shoreline.portal.scorecards.TermsDetails;
import io.shoreline.portal.scorecards.Thresholds;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo workspace's scorecard: KPIs on the daily KPI feed and on the portal's own records,
 * proposed by Northwind and agreed by Atlas, and one Atlas proposes that awaits Northwind.
 */
@ApplicationScoped
class DemoScorecard {

  @Inject TenantAccess access;
  @Inject Kpis kpis;
  @Inject Feeds feeds;

  /** A KPI and its first terms, as proposed. */
  private record Proposal(KpiDefinition definition, TermsDetails terms) {}

  @ActivateRequestContext
  void create(long workspaceId, String clientCoordinator, String vendorCoordinator) {
    access.openWorkspace(workspaceId, clientCoordinator);
    long daily =
        feeds.page(0, 20).stream()
            .filter(feed -> feed.getName().equals("Daily KPIs"))
            .map(Feed::getId)
            .findFirst()
            .orElseThrow();
    List<Kpi> proposed = new ArrayList<>();
    for (Proposal proposal : agreedOnes(daily)) {
      proposed.add(kpis.propose(proposal.definition(), proposal.terms()));
    }
    access.openWorkspace(workspaceId, vendorCoordinator);
    for (Kpi kpi : proposed) {
      kpis.agree(kpi.getId(), kpi.getVersion());
    }
    kpis.propose(
        feedKpi(
            "First-contact resolution",
            "Share of contacts solved without a call back, per queue and day.",
            "",
            Perspective.QUALITY,
            Direction.HIGHER_IS_BETTER,
            "MEAN",
            daily,
            "fcr",
            null),
        terms("0.75", "0.72", "0.65", 2, Direction.HIGHER_IS_BETTER));
  }

  private static List<Proposal> agreedOnes(long daily) {
    return List.of(
        new Proposal(
            feedKpi(
                "Service level",
                "Calls answered within 20 seconds, weighted by calls offered.",
                "%",
                Perspective.CUSTOMER,
                Direction.HIGHER_IS_BETTER,
                "WEIGHTED_MEAN",
                daily,
                "service_level",
                "offered"),
            terms("80", "80", "75", 3, Direction.HIGHER_IS_BETTER)),
        new Proposal(
            feedKpi(
                "Answer rate",
                "Calls answered of calls offered.",
                "%",
                Perspective.OPERATIONS,
                Direction.HIGHER_IS_BETTER,
                "RATIO",
                daily,
                "answered",
                "offered"),
            terms("95", "95", "92", 2, Direction.HIGHER_IS_BETTER)),
        new Proposal(
            feedKpi(
                "Average handle time",
                "Seconds per answered call, weighted by calls answered.",
                "s",
                Perspective.OPERATIONS,
                Direction.LOWER_IS_BETTER,
                "WEIGHTED_MEAN",
                daily,
                "aht_seconds",
                "answered"),
            terms("330", "345", "370", 2, Direction.LOWER_IS_BETTER)),
        new Proposal(
            feedKpi(
                "Customer satisfaction",
                "Post-call survey score out of 5, mean of the queues' days.",
                "/5",
                Perspective.CUSTOMER,
                Direction.HIGHER_IS_BETTER,
                "MEAN",
                daily,
                "csat",
                null),
            terms("4.3", "4.2", "4.0", 2, Direction.HIGHER_IS_BETTER)),
        new Proposal(
            recordKpi(
                "Site visit rating",
                "Mean rating of the areas of the signed-off site visits.",
                "/5",
                Perspective.QUALITY,
                Direction.HIGHER_IS_BETTER,
                KpiSource.VISIT_RATINGS,
                "MEAN_RATING"),
            terms("4", "3.5", "3", 1, Direction.HIGHER_IS_BETTER)),
        new Proposal(
            recordKpi(
                "Customer delight",
                "Share of the customer feedback items whose customer was delighted.",
                "%",
                Perspective.CUSTOMER,
                Direction.HIGHER_IS_BETTER,
                KpiSource.FEEDBACK,
                "DELIGHTED_RATE"),
            terms("35", "30", "20", 2, Direction.HIGHER_IS_BETTER)),
        new Proposal(
            recordKpi(
                "Bulletin acknowledgement",
                "Share of the agents asked who acknowledged the bulletins of the period.",
                "%",
                Perspective.PEOPLE,
                Direction.HIGHER_IS_BETTER,
                KpiSource.BULLETIN_ACKS,
                "ACK_RATE"),
            terms("95", "90", "80", 1, Direction.HIGHER_IS_BETTER)));
  }

  private static KpiDefinition feedKpi(
      String name,
      String description,
      String unit,
      Perspective perspective,
      Direction direction,
      String aggregation,
      long feed,
      String value,
      String second) {
    return new KpiDefinition(
        name,
        description,
        unit,
        perspective,
        direction,
        KpiSource.FEED,
        aggregation,
        feed,
        "date",
        value,
        second);
  }

  private static KpiDefinition recordKpi(
      String name,
      String description,
      String unit,
      Perspective perspective,
      Direction direction,
      KpiSource source,
      String measure) {
    return new KpiDefinition(
        name, description, unit, perspective, direction, source, measure, null, null, null, null);
  }

  /** In force from the start of last year: the whole history is judged. */
  private static TermsDetails terms(
      String target, String amber, String red, int weight, Direction direction) {
    return new TermsDetails(
        LocalDate.now().withDayOfYear(1).minusYears(1),
        new Thresholds(
            direction, new BigDecimal(target), new BigDecimal(amber), new BigDecimal(red)),
        weight,
        "As in the service agreement, schedule 3");
  }
}
