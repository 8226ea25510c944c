package io.shoreline.bench.tenantfilter;

import java.util.List;

/**
 * The portal's hottest tenant-filtered reads, each verbatim as the portal sent it (captured with
 * EclipseLink's SQL log and Connector/J's profiler; src/test/resources/captured-sql.txt keeps the
 * excerpts and PortalQueriesTest checks every text against them).
 *
 * <p>The form without the filter cuts each predicate that compares a tenant column with the
 * request's tenant: the one EclipseLink adds to every tenant table of a statement, and the tenant
 * half of a key that multitenancy made composite ({@code primaryKey = true}). Where the tenant is
 * the list's own scope (a workspace's threads, an organization's agents), the listed table keeps
 * its predicate: a portal without multitenancy would have to write that one itself, so only the
 * extra predicates on joined tables are the filter's cost there.
 */
final class PortalQueries {

  private static final String BULLETIN = "BULLETIN";

  private PortalQueries() {}

  static List<PortalQuery> all() {
    return List.of(
        thread(),
        postsPage(),
        postCount(),
        threadList(),
        feedRowsPage(),
        feedRowsCount(),
        visitList(),
        ackRecipientsBySite(),
        acksBySite(),
        ackRecipientsPage(),
        agentRoster());
  }

  /** app/thread.xhtml?w&t and GET /api/v1/workspaces/{w}/threads/{t}/posts: Threads.find. */
  static PortalQuery thread() {
    return new PortalQuery(
        "thread",
        "the thread of app/thread.xhtml and GET .../threads/{t}/posts (find by id)",
        "SELECT workspace_id, ID, last_post_at, linked_id, linked_type, PINNED, post_count, "
            + "RESOLVED, started_at, started_by, TITLE, VERSION, category_id FROM conversation "
            + "WHERE (((workspace_id = ?) AND (ID = ?)) AND (workspace_id = ?))",
        // the key's tenant half and the tenant predicate: a single-tenant find is by ID alone
        List.of("(workspace_id = ?) AND ", " AND (workspace_id = ?)"),
        Pool.THREADS,
        row -> List.of(row[0], row[1], row[0]));
  }

  /** app/thread.xhtml?w&t and GET /api/v1/workspaces/{w}/threads/{t}/posts: Post.page. */
  static PortalQuery postsPage() {
    return new PortalQuery(
        "posts-page",
        "a thread's first page of posts: app/thread.xhtml, GET .../threads/{t}/posts",
        "SELECT t1.workspace_id AS a1, t1.ID AS a2, t1.conversation_id AS a3, t1.created_at "
            + "AS a4, t1.edited_at AS a5, t1.body_html AS a6, t1.body_markdown AS a7, "
            + "t1.removed_at AS a8, t1.removed_by AS a9, t1.reply_to_seq AS a10, t1.SEQ AS a11, "
            + "t1.VERSION AS a12, t1.author_id AS a13, t0.ID AS a14, t0.created_at AS a15, "
            + "t0.daily_digest AS a16, t0.display_name AS a17, t0.EMAIL AS a18, t0.ENABLED AS a19, "
            + "t0.external_id AS a20, t0.family_name AS a21, t0.given_name AS a22, t0.LANGUAGE AS "
            + "a23, t0.last_sign_in_at AS a24, t0.modified_at AS a25, t0.password_hash AS a26, "
            + "t0.password_pending AS a27, t0.org_role AS a28, t0.time_zone AS a29, t0.VERSION AS "
            + "a30, t0.organization_id AS a31 FROM account t0, post t1 WHERE (((t1.conversation_id "
            + "= ?) AND (t1.workspace_id = ?)) AND (t0.ID = t1.author_id)) ORDER BY t1.SEQ LIMIT "
            + "?, ?",
        List.of(" AND (t1.workspace_id = ?)"),
        Pool.THREADS,
        row -> List.of(row[1], row[0], 0, 25));
  }

  /** GET /api/v1/workspaces/{w}/threads/{t}/posts: Post.count, the page's total. */
  static PortalQuery postCount() {
    return new PortalQuery(
        "post-count",
        "a thread's number of posts: GET .../threads/{t}/posts",
        "SELECT COUNT(workspace_id) FROM post WHERE ((conversation_id = ?) AND (workspace_id "
            + "= ?))",
        List.of(" AND (workspace_id = ?)"),
        Pool.THREADS,
        row -> List.of(row[1], row[0]));
  }

  /** app/threads.xhtml?w and GET /api/v1/workspaces/{w}/threads: Threads.page. */
  static PortalQuery threadList() {
    return new PortalQuery(
        "thread-list",
        "a workspace's first page of threads: app/threads.xhtml, GET .../threads",
        "SELECT t1.workspace_id AS a1, t1.ID AS a2, t1.last_post_at AS a3, t1.linked_id AS "
            + "a4, t1.linked_type AS a5, t1.PINNED AS a6, t1.post_count AS a7, t1.RESOLVED AS a8, "
            + "t1.started_at AS a9, t1.started_by AS a10, t1.TITLE AS a11, t1.VERSION AS a12, "
            + "t1.category_id AS a13, t0.workspace_id AS a14, t0.ID AS a15, t0.NAME AS a16, "
            + "t0.POSITION AS a17, t0.VERSION AS a18 FROM thread_category t0, conversation t1 "
            + "WHERE ((t1.workspace_id = ?) AND (((t0.workspace_id = t1.workspace_id) AND (t0.ID = "
            + "t1.category_id)) AND (t0.workspace_id = ?))) ORDER BY t1.PINNED DESC, "
            + "t1.last_post_at DESC, t1.ID DESC LIMIT ?, ?",
        // the workspace is the list's scope: only the joined category's predicate is extra
        List.of(" AND (t0.workspace_id = ?)"),
        Pool.WORKSPACES,
        row -> List.of(row[0], row[0], 0, 20));
  }

  /** GET /api/v1/workspaces/{w}/feeds/{f}/rows?size=100 and app/feed.xhtml: FeedRowSql.page. */
  static PortalQuery feedRowsPage() {
    return new PortalQuery(
        "feed-rows-page",
        "a KPI feed's first page of current rows: GET .../feeds/{f}/rows?size=100, app/feed.xhtml",
        // native (FeedRowSql): the reviewed class writes its tenant predicate itself
        "SELECT row_key, cells FROM feed_row WHERE workspace_id = ? AND feed_id = ? AND"
            + " from_version <= ? AND (to_version IS NULL OR to_version > ?) ORDER BY row_key"
            + " LIMIT ? OFFSET ?",
        List.of("workspace_id = ? AND "),
        Pool.FEEDS,
        row -> List.of(row[0], row[1], (int) row[2], (int) row[2], 100, 0));
  }

  /** The same page's total: FeedRowSql.count. */
  static PortalQuery feedRowsCount() {
    return new PortalQuery(
        "feed-rows-count",
        "a KPI feed's number of current rows: GET .../feeds/{f}/rows, app/feed.xhtml",
        "SELECT COUNT(*) FROM feed_row WHERE workspace_id = ? AND feed_id = ? AND"
            + " from_version <= ? AND (to_version IS NULL OR to_version > ?)",
        List.of("workspace_id = ? AND "),
        Pool.FEEDS,
        row -> List.of(row[0], row[1], (int) row[2], (int) row[2]));
  }

  /** app/visits.xhtml?w: SiteVisits' list, newest first. */
  static PortalQuery visitList() {
    return new PortalQuery(
        "visit-list",
        "a workspace's first page of site visits: app/visits.xhtml",
        "SELECT workspace_id AS a1, ID AS a2, ends_at AS a3, NOTES AS a4, planned_at AS a5, "
            + "planned_by AS a6, PURPOSE AS a7, signed_off_at AS a8, site_city AS a9, site_id AS "
            + "a10, site_name AS a11, site_time_zone AS a12, starts_at AS a13, STATUS AS a14, "
            + "VERSION AS a15 FROM site_visit WHERE (workspace_id = ?) ORDER BY starts_at DESC, ID "
            + "DESC LIMIT ?, ?",
        // its only predicate is the list's scope: the control pair
        List.of(),
        Pool.WORKSPACES,
        row -> List.of(row[0], 0, 20));
  }

  /** app/bulletin.xhtml?w&id: the people asked, per site (the rate's denominator). */
  static PortalQuery ackRecipientsBySite() {
    return new PortalQuery(
        "asked-by-site",
        "a bulletin's people asked to acknowledge, per site: app/bulletin.xhtml",
        "SELECT site_name, COUNT(workspace_id) FROM ack_recipient WHERE (((subject_kind = ?) "
            + "AND (subject_id = ?)) AND (workspace_id = ?)) GROUP BY site_name",
        List.of(" AND (workspace_id = ?)"),
        Pool.BULLETINS,
        row -> List.of(BULLETIN, row[1], row[0]));
  }

  /** app/bulletin.xhtml?w&id: the acknowledgement count per site. */
  static PortalQuery acksBySite() {
    return new PortalQuery(
        "acked-by-site",
        "a bulletin's acknowledgements, per site: app/bulletin.xhtml",
        "SELECT t0.site_name, COUNT(t0.workspace_id) FROM ack_recipient t0, ack t1 WHERE "
            + "((((((((t0.subject_kind = ?) AND (t0.subject_id = ?)) AND (t1.subject_kind = "
            + "t0.subject_kind)) AND (t1.subject_id = t0.subject_id)) AND (t1.subject_version = "
            + "?)) AND (t1.account_id = t0.account_id)) AND (t0.workspace_id = ?)) AND "
            + "(t1.workspace_id = ?)) GROUP BY t0.site_name",
        List.of(" AND (t0.workspace_id = ?)", " AND (t1.workspace_id = ?)"),
        Pool.BULLETINS,
        row -> List.of(BULLETIN, row[1], (int) row[2], row[0], row[0]));
  }

  /** app/bulletin.xhtml?w&id: the acknowledgement list, by name. */
  static PortalQuery ackRecipientsPage() {
    return new PortalQuery(
        "asked-page",
        "a bulletin's first page of people asked (who acknowledged): app/bulletin.xhtml",
        "SELECT t0.workspace_id AS a1, t0.ID AS a2, t0.account_id AS a3, t0.asked_at AS a4, "
            + "t0.last_reminded_at AS a5, t0.REMINDERS AS a6, t0.site_name AS a7, t0.subject_id AS "
            + "a8, t0.subject_kind AS a9, t0.TEAM AS a10, t0.VERSION AS a11, t1.display_name AS "
            + "a12 FROM ack_recipient t0, account t1 WHERE ((((t0.subject_kind = ?) AND "
            + "(t0.subject_id = ?)) AND (t1.ID = t0.account_id)) AND (t0.workspace_id = ?)) ORDER "
            + "BY t1.display_name, t0.ID LIMIT ?, ?",
        List.of(" AND (t0.workspace_id = ?)"),
        Pool.BULLETINS,
        row -> List.of(BULLETIN, row[1], row[0], 0, 25));
  }

  /**
   * app/org/agents.xhtml: an organization's agent roster, organization-private. (Partner notes, the
   * other private list, have no rows in the generated datasets.)
   */
  static PortalQuery agentRoster() {
    return new PortalQuery(
        "agent-roster",
        "an organization's first page of agents (private): app/org/agents.xhtml",
        "SELECT t1.organization_id AS a1, t1.ID AS a2, t1.ACTIVE AS a3, t1.LANGUAGES AS a4, "
            + "t1.NAME AS a5, t1.SKILLS AS a6, t1.VERSION AS a7, t1.site_id AS a8, "
            + "t0.organization_id AS a9, t0.ID AS a10, t0.CITY AS a11, t0.COUNTRY AS a12, t0.NAME "
            + "AS a13, t0.seat_capacity AS a14, t0.time_zone AS a15, t0.VERSION AS a16 FROM site "
            + "t0, agent t1 WHERE ((t1.organization_id = ?) AND (((t0.organization_id = "
            + "t1.organization_id) AND (t0.ID = t1.site_id)) AND (t0.organization_id = ?))) ORDER "
            + "BY t1.NAME, t1.ID LIMIT ?, ?",
        // the organization is the list's scope: only the joined site's predicate is extra
        List.of(" AND (t0.organization_id = ?)"),
        Pool.ORGANIZATIONS,
        row -> List.of(row[0], row[0], 0, 25));
  }
}
