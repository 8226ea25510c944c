package io.shoreline.bench;

import io.shoreline.bench.Dataset.Workspace;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Bulletins of the client for the vendor's members of the workspace: each asks every one of them
 * (ack_recipient) and about four in five acknowledge it (ack), until the workspace's share of
 * acknowledgements is reached.
 */
final class BulletinsPhase {

  private static final String[] URGENCIES = {"INFO", "INFO", "IMPORTANT", "CRITICAL"};

  private final Connection connection;
  private final Report report;
  private final SplittableRandom random;
  private final Dataset data;
  private final long acks;

  BulletinsPhase(Connection connection, Report report, long seed, Dataset data, long acks) {
    this.connection = connection;
    this.report = report;
    this.random = new SplittableRandom(seed);
    this.data = data;
    this.acks = acks;
  }

  void run() throws SQLException {
    try (Bulk bulletins =
            new Bulk(
                connection,
                report,
                "bulletin",
                "id, workspace_id, author_org_id, audience_org_id, title, body_markdown, body_html,"
                    + " urgency, valid_from, valid_until, audience_sites, audience_teams, revision,"
                    + " published_by, published_at, version");
        Bulk recipients =
            new Bulk(
                connection,
                report,
                "ack_recipient",
                "id, workspace_id, subject_kind, subject_id, account_id, asked_at, reminders,"
                    + " version");
        Bulk ackRows =
            new Bulk(
                connection,
                report,
                "ack",
                "id, workspace_id, subject_kind, subject_id, subject_version, account_id,"
                    + " acknowledged_at")) {
      Commits commits = new Commits(connection, bulletins, recipients, ackRows);
      for (int w = 0; w < data.workspaces.size(); w++) {
        Workspace ws = data.workspaces.get(w);
        long budget = Scale.share(acks, w, data.workspaces.size());
        for (int n = 0; budget > 0; n++) {
          budget -= bulletin(ws, n, budget, bulletins, recipients, ackRows);
        }
        commits.maybeCommit();
      }
      commits.commit();
    }
  }

  /** One bulletin, its recipients and at most {@code budget} acknowledgements: how many made. */
  private int bulletin(
      Workspace ws, int n, long budget, Bulk bulletins, Bulk recipients, Bulk ackRows)
      throws SQLException {
    long id = bulletins.nextId();
    LocalDateTime published = Dataset.EPOCH.plusHours(7L * n % (330 * 24));
    String markdown = Text.sentences(random, 4);
    bulletins.add(
        id,
        ws.id,
        ws.client.id,
        ws.vendor.id,
        Text.sentence(random),
        markdown,
        Text.html(markdown),
        Text.pick(random, URGENCIES),
        published,
        published.plusDays(30),
        "",
        "",
        1,
        ws.clientCoordinator(),
        published,
        1L);
    int made = 0;
    List<Long> audience = ws.vendorMembers;
    for (long account : audience) {
      recipients.add(recipients.nextId(), ws.id, "BULLETIN", id, account, published, 0, 1L);
      if (made < budget && random.nextInt(5) < 4) {
        ackRows.add(
            ackRows.nextId(),
            ws.id,
            "BULLETIN",
            id,
            1,
            account,
            published.plusMinutes(10 + random.nextInt(3 * 24 * 60)));
        made++;
      }
    }
    return made;
  }
}
