package io.shoreline.bench.tenantfilter;

import java.util.List;

/**
 * The portal's hottest tenant-filtered reads, each verbatim as the portal sent it (captured with
 * EclipseLink's SQL log and Connector/J's profiler; src/test/resources/captured-sql.txt keeps the
 * excerpts and PortalQueriesTest checks every text against them).
 *
 * <p>The form without the filter cuts each predicate that compares a tenant column with the
 * request's tenant: the one EclipseLink adds to every tenant table of a statement (and, in a find
 * by id, the tenant half of the key that {@code primaryKey = true} made composite). Where the
 * tenant is the list's own scope (a workspace's threads, an organization's agents), the listed
 * table keeps its predicate: a portal without multitenancy would have to write that one itself, so
 * only the extra predicates on joined tables are the filter's cost there.
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
        visitList(),
        ackRecipientsBySite(),
        acksBySite(),
        ackRecipientsPage(),
        agentRoster());
  }

  /**
   * app/thread.xhtml?w&t and GET /api/v1/workspaces/{w}/threads/{t}/posts: the thread by id, with
   * its category in the same statement.
   */
  static PortalQuery thread() {
    return new PortalQuery(
        "thread",
        "a thread by id, with its category: app/thread.xhtml, GET .../threads/{t}/posts",
        "SELECT t1.workspace_id, t1.ID, t1.last_post_at, t1.linked_id, t1.linked_type, "
            + "t1.PINNED, t1.post_count, t1.RESOLVED, t1.started_at, t1.started_by, t1.TITLE, "
            + "t1.VERSION, t1.category_id, t0.workspace_id, t0.ID, t0.NAME, t0.POSITION, "
            + "t0.VERSION FROM thread_category t0, conversation t1 WHERE (((t1.ID = ?) AND "
            + "(t1.workspace_id = ?)) AND (((t0.workspace_id = t1.workspace_id) AND (t0.ID = "
            + "t1.category_id)) AND (t0.workspace_id = ?)))",
        List.of(" AND (t1.workspace_id = ?)", " AND (t0.workspace_id = ?)"),
        Pool.THREADS,
        row -> List.of(row[1], row[0], row[0]));
  }

  /**
   * app/thread.xhtml?w&t (50 a page) and GET /api/v1/workspaces/{w}/threads/{t}/posts (25 by
   * default): Post.page, with each author and organization.
   */
  static PortalQuery postsPage() {
    return new PortalQuery(
        "posts-page",
        "a thread's first page of posts: GET .../threads/{t}/posts, app/thread.xhtml",
        "SELECT t1.workspace_id AS a1, t1.ID AS a2, t1.attachment_count AS a3, "
            + "t1.conversation_id AS a4, t1.created_at AS a5, t1.edited_at AS a6, t1.body_html AS "
            + "a7, t1.body_markdown AS a8, t1.removed_at AS a9, t1.removed_by AS a10, "
            + "t1.reply_to_seq AS a11, t1.SEQ AS a12, t1.VERSION AS a13, t1.author_id AS a14, "
            + "t0.ID AS a15, t0.created_at AS a16, t0.daily_digest AS a17, t0.display_name AS a18, "
            + "t0.EMAIL AS a19, t0.ENABLED AS a20, t0.external_id AS a21, t0.family_name AS a22, "
            + "t0.given_name AS a23, t0.LANGUAGE AS a24, t0.last_sign_in_at AS a25, t0.modified_at "
            + "AS a26, t0.password_hash AS a27, t0.password_pending AS a28, t0.org_role AS a29, "
            + "t0.time_zone AS a30, t0.VERSION AS a31, t0.organization_id AS a32, t2.ID AS a33, "
            + "t2.created_at AS a34, t2.default_language AS a35, t2.KIND AS a36, t2.NAME AS a37, "
            + "t2.SLUG AS a38, t2.STATUS AS a39, t2.time_zone AS a40, t2.VERSION AS a41 FROM "
            + "account t0, organization t2, post t1 WHERE (((t1.conversation_id = ?) AND "
            + "(t1.workspace_id = ?)) AND ((t0.ID = t1.author_id) AND (t2.ID = "
            + "t0.organization_id))) ORDER BY t1.SEQ LIMIT ?, ?",
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

  /**
   * GET /api/v1/workspaces/{w}/feeds/{f}/rows?size=100 and app/feed.xhtml: FeedRowSql.page. (The
   * total of the current version is kept in {@code feed.current_rows}: no COUNT is sent for it.)
   */
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
