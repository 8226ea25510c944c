package io.shoreline.bench;

import io.shoreline.bench.Dataset.Workspace;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.SplittableRandom;

/**
 * Per workspace the vendor's "Daily KPIs" feed (the demo's columns): one version per day, each
 * adding that day's row per queue. Rows are stored as the portal's FeedRowSql stores them: key and
 * cells in canonical form, escaped and joined by U+001F (FeedCells), valid from their version.
 */
final class FeedsPhase {

  static final char SEPARATOR = '\u001F';
  static final int MAX_QUEUES = 50;

  /**
   * The column definitions as FeedColumns stores them. No cadence: a dataset with fixed dates would
   * be stale at once, and the staleness job would mail every coordinator when the portal starts.
   */
  static final String COLUMNS_JSON =
      "["
          + column("date", "DATE", true, 18, 4)
          + ","
          + column("queue", "TEXT", true, 18, 4)
          + ","
          + column("offered", "INTEGER", false, 18, 4)
          + ","
          + column("answered", "INTEGER", false, 18, 4)
          + ","
          + column("service_level", "DECIMAL", false, 5, 1)
          + ","
          + column("aht_seconds", "INTEGER", false, 18, 4)
          + ","
          + column("fcr", "DECIMAL", false, 3, 2)
          + ","
          + column("csat", "DECIMAL", false, 2, 1)
          + "]";

  private final Connection connection;
  private final Report report;
  private final SplittableRandom random;
  private final Dataset data;
  private final long rows;

  FeedsPhase(Connection connection, Report report, long seed, Dataset data, long rows) {
    this.connection = connection;
    this.report = report;
    this.random = new SplittableRandom(seed);
    this.data = data;
    this.rows = rows;
  }

  private static String column(String name, String type, boolean key, int precision, int scale) {
    return "{\"name\":\"%s\",\"type\":\"%s\",\"key\":%b,\"required\":true,\"values\":[],\"precision\":%d,\"scale\":%d}"
        .formatted(name, type, key, precision, scale);
  }

  void run() throws SQLException {
    try (Bulk feeds =
            new Bulk(
                connection,
                report,
                "feed",
                "id, workspace_id, name, description, direction, columns_json, current_version,"
                    + " current_rows, last_version_at, last_version_source, created_by, created_at,"
                    + " version");
        Bulk versions =
            new Bulk(
                connection,
                report,
                "feed_version",
                "id, workspace_id, feed_id, number, submitter_org_id, source, mode, added,"
                    + " changed, removed, unchanged, submitted_at");
        Bulk rowBulk =
            new Bulk(
                connection,
                report,
                "feed_row",
                "workspace_id, feed_id, row_key, from_version, cells")) {
      Commits commits = new Commits(connection, feeds, versions, rowBulk);
      for (int w = 0; w < data.workspaces.size(); w++) {
        feed(
            data.workspaces.get(w),
            Scale.share(rows, w, data.workspaces.size()),
            feeds,
            versions,
            rowBulk,
            commits);
      }
      commits.commit();
    }
  }

  private void feed(
      Workspace ws, long count, Bulk feeds, Bulk versions, Bulk rowBulk, Commits commits)
      throws SQLException {
    int queues = (int) Math.max(1, Math.min(MAX_QUEUES, count / 100));
    int days = (int) ((count + queues - 1) / queues);
    LocalDate first = Dataset.EPOCH.toLocalDate().plusDays(330L - days);
    long feed = feeds.nextId();
    String source = "API token KPI export";
    feeds.add(
        feed,
        ws.id,
        "Daily KPIs",
        "Per queue and day, sent every morning for the day before.",
        "VENDOR_TO_CLIENT",
        COLUMNS_JSON,
        days,
        count,
        submittedAt(first, days - 1),
        source,
        ws.vendorCoordinator(),
        first.atStartOfDay().minusDays(1),
        1L);
    feeds.flush();
    long left = count;
    for (int day = 0; day < days; day++) {
      int today = (int) Math.min(queues, left);
      left -= today;
      versions.add(
          versions.nextId(),
          ws.id,
          feed,
          day + 1,
          ws.vendor.id,
          source,
          "MERGE",
          today,
          0,
          0,
          0,
          submittedAt(first, day));
      String date = first.plusDays(day).toString();
      for (int q = 1; q <= today; q++) {
        String[] cells = kpis(date, "Queue %02d".formatted(q));
        rowBulk.add(
            ws.id,
            feed,
            cells[0] + SEPARATOR + cells[1],
            day + 1,
            String.join(String.valueOf(SEPARATOR), cells));
      }
      commits.maybeCommit();
    }
  }

  private static LocalDateTime submittedAt(LocalDate first, int day) {
    return first.plusDays(day + 1L).atTime(8, 30);
  }

  /** One day's figures of one queue, in the canonical text of their types (no escapes needed). */
  private String[] kpis(String date, String queue) {
    int offered = 200 + random.nextInt(1800);
    int answered = offered - random.nextInt(offered / 10 + 1);
    int serviceLevel = 600 + random.nextInt(400); // tenths of a per cent: 60.0–99.9
    int fcr = 55 + random.nextInt(40); // hundredths: 0.55–0.94
    int csat = 30 + random.nextInt(20); // tenths: 3.0–4.9
    return new String[] {
      date,
      queue,
      Integer.toString(offered),
      Integer.toString(answered),
      serviceLevel / 10 + "." + serviceLevel % 10,
      Integer.toString(180 + random.nextInt(420)),
      "0." + fcr,
      csat / 10 + "." + csat % 10
    };
  }
}
