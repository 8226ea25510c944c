package io.shoreline.bench;

import io.shoreline.bench.Dataset.Workspace;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Conversations and their posts, the posts shared evenly among workspaces and skewed among threads
 * (a Pareto tail: most threads have a few posts, some have hundreds).
 */
final class ThreadsPhase {

  static final int LONGEST_THREAD = 3000;
  static final long MINUTES_BETWEEN_POSTS = 37;

  private final Connection connection;
  private final Report report;
  private final SplittableRandom random;
  private final Dataset data;
  private final long posts;

  ThreadsPhase(Connection connection, Report report, long seed, Dataset data, long posts) {
    this.connection = connection;
    this.report = report;
    this.random = new SplittableRandom(seed);
    this.data = data;
    this.posts = posts;
  }

  void run() throws SQLException {
    try (Bulk conversations =
            new Bulk(
                connection,
                report,
                "conversation",
                "id, workspace_id, category_id, title, pinned, resolved, started_by, started_at,"
                    + " last_post_at, post_count, version");
        Bulk postRows =
            new Bulk(
                connection,
                report,
                "post",
                "id, workspace_id, conversation_id, seq, author_id, reply_to_seq, body_markdown,"
                    + " body_html, created_at, version")) {
      Commits commits = new Commits(connection, conversations, postRows);
      List<Workspace> workspaces = data.workspaces;
      for (int w = 0; w < workspaces.size(); w++) {
        long budget = Scale.share(posts, w, workspaces.size());
        workspace(workspaces.get(w), budget, conversations, postRows);
        commits.maybeCommit();
      }
      commits.commit();
    }
  }

  private void workspace(Workspace ws, long budget, Bulk conversations, Bulk postRows)
      throws SQLException {
    List<long[]> threads = new ArrayList<>(); // id, length, start minute
    for (long remaining = budget; remaining > 0; ) {
      long length = Math.min(remaining, threadLength());
      remaining -= length;
      long id = conversations.nextId();
      int startMinute = random.nextInt(330 * 24 * 60);
      threads.add(new long[] {id, length, startMinute});
      LocalDateTime started = Dataset.EPOCH.plusMinutes(startMinute);
      List<Long> side = random.nextBoolean() ? ws.clientMembers : ws.vendorMembers;
      conversations.add(
          id,
          ws.id,
          ws.categories[random.nextInt(ws.categories.length)],
          Text.sentence(random),
          random.nextInt(20) == 0,
          random.nextInt(10) < 3,
          side.get(random.nextInt(side.size())),
          started,
          started.plusMinutes(MINUTES_BETWEEN_POSTS * (length - 1)),
          (int) length,
          1L);
    }
    // the workspace's threads before their posts: the posts' foreign key needs them sent
    conversations.flush();
    for (long[] thread : threads) {
      posts(ws, thread[0], (int) thread[1], Dataset.EPOCH.plusMinutes(thread[2]), postRows);
    }
  }

  private void posts(Workspace ws, long conversation, int length, LocalDateTime started, Bulk rows)
      throws SQLException {
    for (int seq = 1; seq <= length; seq++) {
      List<Long> author = random.nextBoolean() ? ws.clientMembers : ws.vendorMembers;
      String markdown = Text.sentences(random, 1 + random.nextInt(3));
      rows.add(
          rows.nextId(),
          ws.id,
          conversation,
          seq,
          author.get(random.nextInt(author.size())),
          seq > 1 && random.nextInt(10) == 0 ? 1 + random.nextInt(seq - 1) : null,
          markdown,
          Text.html(markdown),
          started.plusMinutes(MINUTES_BETWEEN_POSTS * (seq - 1)),
          1L);
    }
  }

  /** Pareto with alpha ≈ 1.4 over 1, 2, …: mean about 10, a long tail capped at LONGEST_THREAD. */
  private long threadLength() {
    double u = random.nextDouble();
    return Math.min(LONGEST_THREAD, 1 + (long) (4 * (Math.pow(1 - u, -0.7) - 1)));
  }
}
