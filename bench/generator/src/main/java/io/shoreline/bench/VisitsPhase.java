package io.shoreline.bench;

import io.shoreline.bench.Dataset.Site;
import io.shoreline.bench.Dataset.Workspace;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Client visits to vendor sites, with visitors and hosts; visits in the past are rated on every
 * area, and those older than a month are signed off by both coordinators.
 */
final class VisitsPhase {

  private static final String[] AREAS = {
    "TRAINING", "QUALITY", "CULTURE", "TOOLS", "FACILITIES", "BRAND"
  };
  private static final int DAYS_SPAN = 360;

  /** Visits of the last DAYS_FUTURE days of the span are still planned. */
  private static final int DAYS_FUTURE = 60;

  private final Connection connection;
  private final Report report;
  private final SplittableRandom random;
  private final Dataset data;
  private final long visits;

  VisitsPhase(Connection connection, Report report, long seed, Dataset data, long visits) {
    this.connection = connection;
    this.report = report;
    this.random = new SplittableRandom(seed);
    this.data = data;
    this.visits = visits;
  }

  void run() throws SQLException {
    try (Bulk visitRows =
            new Bulk(
                connection,
                report,
                "site_visit",
                "id, workspace_id, site_id, site_name, site_city, site_time_zone, starts_at,"
                    + " ends_at, purpose, notes, status, planned_by, planned_at, signed_off_at,"
                    + " version");
        Bulk participants =
            new Bulk(
                connection,
                report,
                "visit_participant",
                "id, workspace_id, visit_id, account_id, role");
        Bulk ratings =
            new Bulk(
                connection,
                report,
                "visit_rating",
                "id, workspace_id, visit_id, area, score, version");
        Bulk signOffs =
            new Bulk(
                connection,
                report,
                "visit_sign_off",
                "id, workspace_id, visit_id, amendment, side, account_id, signer_name, signed_at")) {
      Commits commits = new Commits(connection, visitRows, participants, ratings, signOffs);
      for (int w = 0; w < data.workspaces.size(); w++) {
        Workspace ws = data.workspaces.get(w);
        List<long[]> made = new ArrayList<>(); // id, day
        for (long v = Scale.share(visits, w, data.workspaces.size()); v > 0; v--) {
          made.add(visit(ws, visitRows));
        }
        visitRows.flush();
        for (long[] visit : made) {
          children(ws, visit[0], (int) visit[1], participants, ratings, signOffs);
        }
        commits.maybeCommit();
      }
      commits.commit();
    }
  }

  private long[] visit(Workspace ws, Bulk visitRows) throws SQLException {
    long id = visitRows.nextId();
    int day = random.nextInt(DAYS_SPAN);
    Site site = ws.vendor.sites.get(random.nextInt(ws.vendor.sites.size()));
    LocalDateTime starts = Dataset.EPOCH.plusDays(day).plusHours(1);
    visitRows.add(
        id,
        ws.id,
        site.id(),
        site.name(),
        site.city(),
        site.timeZone(),
        starts,
        starts.plusHours(6),
        Text.sentence(random),
        Text.sentences(random, 3),
        status(day),
        ws.clientCoordinator(),
        starts.minusDays(21),
        status(day).equals("SIGNED_OFF") ? starts.plusDays(7) : null,
        1L);
    return new long[] {id, day};
  }

  private static String status(int day) {
    int future = DAYS_SPAN - DAYS_FUTURE;
    return day >= future ? "PLANNED" : day >= future - 30 ? "IN_REVIEW" : "SIGNED_OFF";
  }

  private void children(
      Workspace ws, long visit, int day, Bulk participants, Bulk ratings, Bulk signOffs)
      throws SQLException {
    participants.add(participants.nextId(), ws.id, visit, ws.clientCoordinator(), "VISITOR");
    participants.add(participants.nextId(), ws.id, visit, ws.clientMembers.get(1), "VISITOR");
    participants.add(participants.nextId(), ws.id, visit, ws.vendorCoordinator(), "HOST");
    String status = status(day);
    if (status.equals("PLANNED")) {
      return;
    }
    for (String area : AREAS) {
      // mostly 3 to 5: vendors pass most visits
      int score = Math.min(5, 1 + random.nextInt(3) + random.nextInt(3));
      ratings.add(ratings.nextId(), ws.id, visit, area, score, 1L);
    }
    if (status.equals("SIGNED_OFF")) {
      LocalDateTime signed = Dataset.EPOCH.plusDays(day + 7L).plusHours(2);
      signOff(signOffs, ws, visit, "CLIENT", ws.clientCoordinator(), signed);
      signOff(signOffs, ws, visit, "VENDOR", ws.vendorCoordinator(), signed.minusHours(1));
    }
  }

  private void signOff(
      Bulk signOffs, Workspace ws, long visit, String side, long account, LocalDateTime at)
      throws SQLException {
    signOffs.add(
        signOffs.nextId(), ws.id, visit, 0, side, account, data.accountNames.get(account), at);
  }
}
