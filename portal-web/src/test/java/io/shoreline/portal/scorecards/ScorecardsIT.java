package io.shoreline.portal.scorecards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.shoreline.portal.feeds.ColumnType;
import io.shoreline.portal.feeds.Feed;
import io.shoreline.portal.feeds.FeedColumn;
import io.shoreline.portal.feeds.FeedColumns;
import io.shoreline.portal.feeds.FeedDefinition;
import io.shoreline.portal.feeds.FeedDirection;
import io.shoreline.portal.feeds.FeedIngest.Submission;
import io.shoreline.portal.feeds.FeedSubmissions;
import io.shoreline.portal.feeds.Feeds;
import io.shoreline.portal.feeds.IngestFormat;
import io.shoreline.portal.feeds.IngestMode;
import io.shoreline.portal.feeds.IngestOutcome.Accepted;
import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.scorecards.incidents.IncidentCategory;
import io.shoreline.portal.scorecards.incidents.IncidentDetails;
import io.shoreline.portal.scorecards.incidents.Incidents;
import io.shoreline.portal.scorecards.incidents.Severity;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.WorkspaceRole;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.testing.AtOnce;
import io.shoreline.portal.testing.ClientsAndVendor;
import io.shoreline.portal.testing.DatabaseFingerprint;
import io.shoreline.portal.threads.Notification;
import io.shoreline.portal.threads.Notifications;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * KPIs and the scorecard inside the server, with fresh tenants per test: client A (Alice) and
 * vendor V (Victor) share A–V, client B (Bob) shares B–V. V sends A a daily KPI feed whose October
 * and November 2026 rows are known, so every figure below is worked out by hand.
 */
@ExtendWith(ArquillianExtension.class)
class ScorecardsIT {

  private static final ScorePeriod OCTOBER = ScorePeriod.parse("2026-10").orElseThrow();
  private static final ScorePeriod NOVEMBER = ScorePeriod.parse("2026-11").orElseThrow();
  private static final String ROWS =
      "day,queue,answered,offered,aht\n"
          // October: 150 of 200 answered in time = 75 %; handle time (300·100 + 360·100) / 200 =
          // 330
          + "2026-10-05,billing,80,100,300\n"
          + "2026-10-20,billing,70,100,360\n"
          // November: 175 of 200 = 87.5 %; handle time 280 (the row without one is left out)
          + "2026-11-03,billing,90,100,280\n"
          + "2026-11-15,billing,85,100,\n"
          // December: outside the periods asked for below
          + "2026-12-01,billing,1,100,900\n";

  @Inject ClientsAndVendor clientsAndVendor;
  @Inject Accounts accounts;
  @Inject Memberships memberships;
  @Inject TenantAccess access;
  @Inject Feeds feeds;
  @Inject FeedSubmissions submissions;
  @Inject Kpis kpis;
  @Inject KpiTermsChanges termsChanges;
  @Inject Scorecards scorecards;
  @Inject Notifications notifications;
  @Inject Incidents incidents;

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource database;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  private String alice;
  private String victor;
  private String bob;
  private Partnership av;
  private Partnership bv;
  private long feed;

  @BeforeEach
  void tenantsAndFeed() {
    ClientsAndVendor.Fixture tenants = clientsAndVendor.create(WorkspaceRole.COORDINATOR);
    alice = tenants.alice();
    victor = tenants.victor();
    bob = tenants.bob();
    av = tenants.av();
    bv = tenants.bv();
    access.openWorkspace(av.getId(), victor);
    feed = dailyKpis().getId();
    access.openWorkspace(av.getId(), victor);
    Accepted accepted =
        (Accepted)
            submissions.submit(
                feed,
                new Submission(
                    new ByteArrayInputStream(ROWS.getBytes(StandardCharsets.UTF_8)),
                    IngestFormat.CSV,
                    IngestMode.SNAPSHOT,
                    null));
    assertThat(accepted.version()).isEqualTo(1);
  }

  @Test
  void kpisAgreedByBothSidesAreJudgedOnKnownFigures() {
    Kpi serviceLevel = agreed(serviceLevel(), terms("2026-01-01", "80", "80", "70", 3));
    Kpi handleTime = agreed(handleTime(), lowerTerms("2026-01-01", "300", "320", "360", 1));

    access.openWorkspace(av.getId(), alice);
    Scorecard november = scorecards.of(NOVEMBER);

    assertThat(november.lines())
        .extracting(
            line -> line.kpi().getName(),
            line -> line.current().value(),
            line -> line.current().rag(),
            line -> line.previous().value(),
            line -> line.previous().rag(),
            KpiLine::trend)
        .containsExactly(
            tuple(
                "Service level",
                new BigDecimal("87.5000"),
                Rag.GREEN,
                new BigDecimal("75.0000"),
                Rag.AMBER,
                Trend.BETTER),
            tuple(
                "Handle time",
                new BigDecimal("280.0000"),
                Rag.GREEN,
                new BigDecimal("330.0000"),
                Rag.AMBER,
                Trend.BETTER));
    // green 100 and amber 50, weighted 3 and 1
    assertThat(november.getScore()).isEqualByComparingTo("100");
    assertThat(november.getPreviousScore()).isEqualByComparingTo("50");
    assertThat(november.getRag()).isEqualTo(Rag.GREEN);
    // where the figures come from: version 1 of the feed, two rows each, one left out
    Provenance slRows = november.lines().get(0).current().provenance();
    assertThat(slRows.feedId()).isEqualTo(feed);
    assertThat(slRows.feedVersion()).isEqualTo(1);
    assertThat(slRows.items()).isEqualTo(2);
    Provenance ahtRows = november.lines().get(1).current().provenance();
    assertThat(ahtRows.items()).isEqualTo(1);
    assertThat(ahtRows.skipped()).isEqualTo(1);
    // a period with no rows has no data, and is judged neither way
    assertThat(november.lines().get(0).figures().get(0).value()).isNull();
    assertThat(november.lines().get(0).figures().get(0).rag()).isEqualTo(Rag.NONE);
    assertThat(serviceLevel.getId()).isNotEqualTo(handleTime.getId());

    access.openWorkspace(av.getId(), victor);
    assertThat(scorecards.of(NOVEMBER).getScore()).isEqualByComparingTo("100");
  }

  @Test
  void incidentsCountByTheirStartAndTimeToResolveByTheirEnd() {
    Kpi count =
        agreed(
            incidentKpi("Incidents", "INCIDENT_COUNT"), lowerTerms("2026-01-01", "1", "1", "2", 1));
    Kpi hours =
        agreed(
            incidentKpi("Hours to resolve", "HOURS_TO_RESOLVE"),
            lowerTerms("2026-01-01", "8", "24", "48", 1));
    access.openWorkspace(av.getId(), victor);
    // 72 h from October into November, then 6 h and 24 h in November; one still open
    incident("Router down", "2026-10-30T10:00:00Z", "2026-11-02T10:00:00Z");
    incident("CRM slow", "2026-11-10T10:00:00Z", "2026-11-10T16:00:00Z");
    incident("Lines dropped", "2026-11-20T08:00:00Z", "2026-11-21T08:00:00Z");
    incident("Still open", "2026-11-25T08:00:00Z", null);

    access.openWorkspace(av.getId(), alice);
    Scorecard november = scorecards.of(NOVEMBER);
    KpiLine started =
        november.lines().stream()
            .filter(l -> l.kpi().getId().equals(count.getId()))
            .findFirst()
            .orElseThrow();
    KpiLine resolved =
        november.lines().stream()
            .filter(l -> l.kpi().getId().equals(hours.getId()))
            .findFirst()
            .orElseThrow();
    assertThat(started.current().value()).isEqualByComparingTo("3");
    assertThat(started.current().rag()).isEqualTo(Rag.RED);
    assertThat(started.previous().value()).isEqualByComparingTo("1");
    assertThat(started.previous().rag()).isEqualTo(Rag.GREEN);
    // a period without incidents counts 0, which is a figure, not "no data"
    assertThat(started.figures().get(0).value()).isEqualByComparingTo("0");
    assertThat(resolved.current().value()).isEqualByComparingTo("34"); // (72 + 6 + 24) / 3
    assertThat(resolved.current().rag()).isEqualTo(Rag.AMBER);
    assertThat(resolved.previous().value()).isNull();
    assertThat(resolved.current().provenance().items()).isEqualTo(3);
  }

  @Test
  void aProposalWaitsForTheOtherSideAndOnlyAgreedKpisCount() {
    access.openWorkspace(av.getId(), alice);
    Kpi proposed = kpis.propose(serviceLevel(), terms("2026-01-01", "80", "80", "70", 1));
    assertThat(proposed.getStatus()).isEqualTo(KpiStatus.PROPOSED);
    assertThat(scorecards.of(NOVEMBER).lines()).isEmpty();
    refused(
        () -> kpis.agree(proposed.getId(), proposed.getVersion()), "scorecards.otherSideAnswers");

    access.openOrganization(victor);
    assertThat(notifications.page(0, 10))
        .extracting(Notification::getKind, Notification::getSubject)
        .contains(tuple(Notification.Kind.KPI, "Service level"));

    access.openWorkspace(av.getId(), victor);
    refused(
        () -> kpis.decline(proposed.getId(), proposed.getVersion(), " "),
        "scorecards.reasonRequired");
    assertThatThrownBy(() -> kpis.withdraw(proposed.getId(), proposed.getVersion()))
        .isInstanceOf(NotAllowedException.class);
    Kpi declined = kpis.decline(proposed.getId(), proposed.getVersion(), "Not in the contract");
    assertThat(declined.getStatus()).isEqualTo(KpiStatus.DECLINED);
    assertThat(kpis.terms(declined.getId()))
        .extracting(KpiTerms::getStatus)
        .containsExactly(TermsStatus.DECLINED);
    refused(
        () -> kpis.agree(declined.getId(), declined.getVersion()), "scorecards.alreadyAnswered");
    assertThat(scorecards.of(NOVEMBER).lines()).isEmpty();
  }

  @Test
  void newTermsJudgeThePeriodsFromTheirDayOnAndNeverBefore() {
    Kpi serviceLevel = agreed(serviceLevel(), terms("2026-01-01", "80", "80", "70", 1));

    access.openWorkspace(av.getId(), victor);
    KpiTerms stricter =
        termsChanges.propose(serviceLevel.getId(), terms("2026-11-01", "90", "90", "85", 1));
    refused(
        () -> termsChanges.propose(serviceLevel.getId(), terms("2026-12-01", "95", "95", "90", 1)),
        "scorecards.termsPending");
    access.openWorkspace(av.getId(), alice);
    // until agreed, November is judged by the first terms: 87.5 is green
    assertThat(scorecards.of(NOVEMBER).lines().get(0).current().rag()).isEqualTo(Rag.GREEN);
    termsChanges.agree(stricter.getId(), stricter.getVersion());

    Scorecard november = scorecards.of(NOVEMBER);
    assertThat(november.lines().get(0).current().rag()).isEqualTo(Rag.AMBER);
    assertThat(november.lines().get(0).current().target()).isEqualByComparingTo("90");
    assertThat(november.lines().get(0).previous().rag()).isEqualTo(Rag.AMBER);
    assertThat(november.lines().get(0).previous().target()).isEqualByComparingTo("80");
    assertThat(scorecards.of(OCTOBER).lines().get(0).current().rag()).isEqualTo(Rag.AMBER);

    refused(
        () -> termsChanges.propose(serviceLevel.getId(), terms("2026-10-01", "50", "50", "40", 1)),
        "scorecards.termsNotAfter");
  }

  @Test
  void badProposalsAreRefusedWithAReasonAndChangeNothing() throws SQLException {
    access.openWorkspace(av.getId(), alice);
    Map<String, String> before = fingerprint();
    refused(
        () -> kpis.propose(named(""), terms("2026-01-01", "80", "80", "70", 1)),
        "scorecards.nameRequired");
    refused(
        () -> kpis.propose(serviceLevel(), terms("2026-01-01", "80", "85", "70", 1)),
        "scorecards.thresholdsOrderHigher");
    refused(
        () -> kpis.propose(serviceLevel(), terms("2026-01-01", "80", "80", "70", 0)),
        "scorecards.weightOutOfRange");
    refused(
        () -> kpis.propose(serviceLevel(), terms(null, "80", "80", "70", 1)),
        "scorecards.effectiveFromRequired");
    refused(
        () ->
            kpis.propose(
                feedKpi("Text", "RATIO", "day", "queue", "offered"),
                terms("2026-01-01", "80", "80", "70", 1)),
        "scorecards.numberColumnType");
    refused(
        () ->
            kpis.propose(
                feedKpi("No column", "SUM", "day", "missing", null),
                terms("2026-01-01", "80", "80", "70", 1)),
        "scorecards.noSuchColumn");
    refused(
        () ->
            kpis.propose(
                feedKpi("No second", "RATIO", "day", "answered", null),
                terms("2026-01-01", "80", "80", "70", 1)),
        "scorecards.secondColumnRequired");
    access.openWorkspace(av.getId(), alice);
    long clientFeed = clientToVendorFeed().getId();
    before = fingerprint();
    KpiDefinition onClientFeed =
        new KpiDefinition(
            "Wrong way",
            "",
            "%",
            Perspective.CUSTOMER,
            Direction.HIGHER_IS_BETTER,
            KpiSource.FEED,
            "SUM",
            clientFeed,
            "day",
            "count",
            null);
    refused(
        () -> kpis.propose(onClientFeed, terms("2026-01-01", "80", "80", "70", 1)),
        "scorecards.feedNotFromVendor");
    agreedAsIs();
    assertThat(fingerprint()).isEqualTo(before);
  }

  @Test
  void anotherWorkspaceReachesNoKpiAndItsScorecardHasNone() {
    Kpi serviceLevel = agreed(serviceLevel(), terms("2026-01-01", "80", "80", "70", 1));
    access.openWorkspace(av.getId(), victor);
    KpiTerms pending =
        termsChanges.propose(serviceLevel.getId(), terms("2026-11-01", "90", "90", "85", 1));

    access.openWorkspace(bv.getId(), bob);
    assertThat(scorecards.of(NOVEMBER).lines()).isEmpty();
    assertThat(kpis.all()).isEmpty();
    List<ThrowingCallable> reaches =
        List.of(
            () -> kpis.find(serviceLevel.getId()),
            () -> kpis.agree(serviceLevel.getId(), serviceLevel.getVersion()),
            () -> kpis.decline(serviceLevel.getId(), serviceLevel.getVersion(), "no"),
            () -> kpis.withdraw(serviceLevel.getId(), serviceLevel.getVersion()),
            () ->
                termsChanges.propose(
                    serviceLevel.getId(), terms("2027-01-01", "90", "90", "85", 1)),
            () -> termsChanges.agree(pending.getId(), pending.getVersion()),
            () -> termsChanges.decline(pending.getId(), pending.getVersion()),
            () -> termsChanges.withdraw(pending.getId(), pending.getVersion()),
            () ->
                kpis.propose(
                    feedKpi("Their feed", "SUM", "day", "answered", null),
                    terms("2026-01-01", "1", "1", "0", 1)));
    for (ThrowingCallable reach : reaches) {
      assertThatThrownBy(reach).isInstanceOf(NoSuchRecordException.class);
    }
  }

  @Test
  void ofTwoCoordinatorsAnsweringAtOnceOneWinsAndTheOtherIsTold() throws Exception {
    access.openWorkspace(av.getId(), alice);
    Kpi proposed = kpis.propose(serviceLevel(), terms("2026-01-01", "80", "80", "70", 1));
    String vera = "vera@" + av.getVendor().getSlug() + ".test";
    memberships.add(
        av,
        accounts.create(
            av.getVendor(), vera, vera, "unused", OrgRole.MEMBER, "en", "Europe/London"),
        WorkspaceRole.COORDINATOR);

    List<Object> outcomes =
        AtOnce.run(
            executor,
            av.getId(),
            List.of(victor, vera),
            List.of(
                () -> kpis.agree(proposed.getId(), proposed.getVersion()),
                () -> kpis.decline(proposed.getId(), proposed.getVersion(), "Too strict")));

    assertThat(outcomes).filteredOn(Kpi.class::isInstance).hasSize(1);
    assertThat(outcomes).filteredOn(ChangedMeanwhileException.class::isInstance).hasSize(1);
  }

  private void incident(String title, String started, String ended) {
    incidents.report(
        new IncidentDetails(
            title,
            Severity.SEV2,
            IncidentCategory.TELEPHONY,
            Instant.parse(started),
            100,
            "Calls lost"),
        ended == null ? null : Instant.parse(ended));
  }

  private static KpiDefinition incidentKpi(String name, String measure) {
    return new KpiDefinition(
        name,
        "",
        "",
        Perspective.OPERATIONS,
        Direction.LOWER_IS_BETTER,
        KpiSource.INCIDENTS,
        measure,
        null,
        null,
        null,
        null);
  }

  private Kpi agreed(KpiDefinition definition, TermsDetails terms) {
    access.openWorkspace(av.getId(), alice);
    Kpi kpi = kpis.propose(definition, terms);
    access.openWorkspace(av.getId(), victor);
    return kpis.agree(kpi.getId(), kpi.getVersion());
  }

  private void agreedAsIs() {
    access.openWorkspace(av.getId(), alice);
    assertThat(kpis.all()).isEmpty();
  }

  private Feed dailyKpis() {
    return feeds.create(
        new FeedDefinition(
            "Daily KPIs",
            "Per queue and day",
            FeedDirection.VENDOR_TO_CLIENT,
            FeedColumns.of(
                List.of(
                    FeedColumn.of("day", ColumnType.DATE, true, true),
                    FeedColumn.of("queue", ColumnType.TEXT, true, true),
                    FeedColumn.of("answered", ColumnType.INTEGER, false, true),
                    FeedColumn.of("offered", ColumnType.INTEGER, false, true),
                    FeedColumn.of("aht", ColumnType.DECIMAL, false, false))),
            Optional.empty()));
  }

  private Feed clientToVendorFeed() {
    return feeds.create(
        new FeedDefinition(
            "Store news",
            "",
            FeedDirection.CLIENT_TO_VENDOR,
            FeedColumns.of(
                List.of(
                    FeedColumn.of("day", ColumnType.DATE, true, true),
                    FeedColumn.of("count", ColumnType.INTEGER, false, true))),
            Optional.empty()));
  }

  private KpiDefinition serviceLevel() {
    return feedKpi("Service level", "RATIO", "day", "answered", "offered");
  }

  private KpiDefinition handleTime() {
    return new KpiDefinition(
        "Handle time",
        "",
        "s",
        Perspective.OPERATIONS,
        Direction.LOWER_IS_BETTER,
        KpiSource.FEED,
        "WEIGHTED_MEAN",
        feed,
        "day",
        "aht",
        "offered");
  }

  private KpiDefinition named(String name) {
    return feedKpi(name, "RATIO", "day", "answered", "offered");
  }

  private KpiDefinition feedKpi(
      String name, String measure, String date, String value, String second) {
    return new KpiDefinition(
        name,
        "Answered within 20 s",
        "%",
        Perspective.CUSTOMER,
        Direction.HIGHER_IS_BETTER,
        KpiSource.FEED,
        measure,
        feed,
        date,
        value,
        second);
  }

  private static TermsDetails terms(
      String from, String target, String amber, String red, int weight) {
    return new TermsDetails(
        from == null ? null : LocalDate.parse(from),
        new Thresholds(
            Direction.HIGHER_IS_BETTER,
            new BigDecimal(target),
            new BigDecimal(amber),
            new BigDecimal(red)),
        weight,
        "");
  }

  private static TermsDetails lowerTerms(
      String from, String target, String amber, String red, int weight) {
    return new TermsDetails(
        LocalDate.parse(from),
        new Thresholds(
            Direction.LOWER_IS_BETTER,
            new BigDecimal(target),
            new BigDecimal(amber),
            new BigDecimal(red)),
        weight,
        "");
  }

  private static void refused(ThrowingCallable call, String key) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.key()).isEqualTo(key));
  }

  private Map<String, String> fingerprint() throws SQLException {
    Map<String, String> fingerprint = new LinkedHashMap<>(DatabaseFingerprint.of(database));
    for (String table : List.of("kpi", "kpi_terms", "notification")) {
      fingerprint.put(
          table, DatabaseFingerprint.row(database, "SELECT COUNT(*), MAX(id) FROM " + table));
    }
    return fingerprint;
  }
}
