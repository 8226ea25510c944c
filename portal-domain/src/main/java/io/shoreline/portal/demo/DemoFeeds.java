package io.shoreline.portal.demo;

import io.shoreline.portal.feeds.ColumnType;
import io.shoreline.portal.feeds.Feed;
import io.shoreline.portal.feeds.FeedCadence;
import io.shoreline.portal.feeds.FeedColumn;
import io.shoreline.portal.feeds.FeedColumns;
import io.shoreline.portal.feeds.FeedDefinition;
import io.shoreline.portal.feeds.FeedDirection;
import io.shoreline.portal.feeds.FeedIngest.Submission;
import io.shoreline.portal.feeds.FeedSubmissions;
import io.shoreline.portal.feeds.Feeds;
import io.shoreline.portal.feeds.IngestFormat;
import io.shoreline.portal.feeds.IngestMode;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Feeds of one demo workspace: the vendor's daily KPIs per queue (two versions: a week of figures,
 * then yesterday's corrected and today's added) and the client's store opening hours.
 */
@ApplicationScoped
class DemoFeeds {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final List<String> QUEUES = List.of("Billing FR", "Orders FR", "Returns EN");
  private static final String KPI_HEADER =
      "date,queue,offered,answered,service_level,aht_seconds,fcr,csat\n";

  @Inject TenantAccess access;
  @Inject Feeds feeds;
  @Inject FeedSubmissions submissions;

  @ActivateRequestContext
  void create(long workspaceId, String clientCoordinator, String vendorCoordinator) {
    access.openWorkspace(workspaceId, vendorCoordinator);
    Feed kpis = feeds.create(kpiDefinition());
    LocalDate today = LocalDate.now(PARIS);
    StringBuilder week = new StringBuilder(KPI_HEADER);
    for (int day = 7; day >= 1; day--) {
      for (int q = 0; q < QUEUES.size(); q++) {
        week.append(kpiRow(today.minusDays(day), q, day));
      }
    }
    submit(kpis, week.toString(), IngestMode.MERGE);
    StringBuilder correction = new StringBuilder(KPI_HEADER);
    correction.append(kpiRow(today.minusDays(1), 0, 11)); // yesterday's billing figures corrected
    for (int q = 0; q < QUEUES.size(); q++) {
      correction.append(kpiRow(today, q, 0));
    }
    submit(kpis, correction.toString(), IngestMode.MERGE);

    access.openWorkspace(workspaceId, clientCoordinator);
    Feed hours = feeds.create(storeHoursDefinition());
    submit(
        hours,
        "store,city,opens,closes,open_sunday\n"
            + "NW-001,Paris,09:00,20:00,false\n"
            + "NW-002,Lyon,09:30,19:30,false\n"
            + "NW-003,Lille,10:00,19:00,true\n",
        IngestMode.SNAPSHOT);
  }

  /** Plausible figures for a queue and day; {@code seed} varies them. */
  private static String kpiRow(LocalDate date, int queue, int seed) {
    int offered = 900 + queue * 350 + (seed * 37) % 120;
    int answered = offered - 20 - (seed * 13 + queue * 7) % 60;
    double serviceLevel = 72 + (seed * 7 + queue * 5) % 20 + 0.5;
    int aht = 280 + queue * 40 + (seed * 11) % 50;
    double fcr = 0.68 + ((seed + queue) % 10) / 100.0;
    double csat = 4.0 + ((seed * 3 + queue) % 9) / 10.0;
    return String.format(
        Locale.ROOT,
        "%s,%s,%d,%d,%.1f,%d,%.2f,%.1f%n",
        date,
        QUEUES.get(queue),
        offered,
        answered,
        serviceLevel,
        aht,
        fcr,
        csat);
  }

  private void submit(Feed feed, String csv, IngestMode mode) {
    submissions.submit(
        feed.getId(),
        new Submission(
            new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
            IngestFormat.CSV,
            mode,
            null));
  }

  private static FeedDefinition kpiDefinition() {
    return new FeedDefinition(
        "Daily KPIs",
        "Per queue and day, sent every morning for the day before.",
        FeedDirection.VENDOR_TO_CLIENT,
        FeedColumns.of(
            List.of(
                FeedColumn.of("date", ColumnType.DATE, true, true),
                FeedColumn.of("queue", ColumnType.TEXT, true, true),
                FeedColumn.of("offered", ColumnType.INTEGER, false, true),
                FeedColumn.of("answered", ColumnType.INTEGER, false, true),
                decimal("service_level", 5, 1),
                FeedColumn.of("aht_seconds", ColumnType.INTEGER, false, true),
                decimal("fcr", 3, 2),
                decimal("csat", 2, 1))),
        Optional.of(FeedCadence.daily(LocalTime.of(9, 0), PARIS)));
  }

  private static FeedDefinition storeHoursDefinition() {
    return new FeedDefinition(
        "Store opening hours",
        "Opening hours of our stores, so agents can tell callers.",
        FeedDirection.CLIENT_TO_VENDOR,
        FeedColumns.of(
            List.of(
                FeedColumn.of("store", ColumnType.TEXT, true, true),
                FeedColumn.of("city", ColumnType.TEXT, false, true),
                FeedColumn.of("opens", ColumnType.TEXT, false, true),
                FeedColumn.of("closes", ColumnType.TEXT, false, true),
                FeedColumn.of("open_sunday", ColumnType.BOOLEAN, false, true))),
        Optional.of(new FeedCadence(LocalTime.of(18, 0), PARIS, EnumSet.of(DayOfWeek.MONDAY))));
  }

  private static FeedColumn decimal(String name, int precision, int scale) {
    return new FeedColumn(name, ColumnType.DECIMAL, false, true, List.of(), precision, scale);
  }
}
