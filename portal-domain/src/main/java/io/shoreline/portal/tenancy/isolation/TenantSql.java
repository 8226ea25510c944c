package io.shoreline.portal.tenancy.isolation;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;

/**
 * The one reviewed class that sends native SQL or bulk statements to tenant tables. EclipseLink
 * adds no tenant predicate to them (eclipselink#639), so each statement here names its tenant
 * column itself, from an id the caller got from the server side. {@code TenantSqlRuleTest} fails
 * the build when native SQL or bulk UPDATE/DELETE appears anywhere else. One statement here is on
 * global tables, for the same reason of review: a machine token's last use.
 */
@Stateless
public class TenantSql {

  private static final String AUDIT_COLUMNS =
      "(actor_account_id, actor_organization_id, action, subject_type, subject_id,"
          + " before_summary, summary, occurred_at, %s) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  @PersistenceContext EntityManager em;

  /** An audit event's columns, but for its tenant. */
  public record AuditRow(
      Long actorAccount,
      Long actorOrganization,
      String action,
      String subjectType,
      Long subjectId,
      String before,
      String after,
      Instant at) {}

  /** Appends to a workspace's trail, which may not be the request's workspace (an invitation). */
  public void insertWorkspaceAudit(long workspaceId, AuditRow row) {
    insert("INSERT INTO audit_event " + AUDIT_COLUMNS.formatted("workspace_id"), row, workspaceId);
  }

  /** Appends to an organization's trail. */
  public void insertOrganizationAudit(long organizationId, AuditRow row) {
    insert(
        "INSERT INTO organization_audit_event " + AUDIT_COLUMNS.formatted("organization_id"),
        row,
        organizationId);
  }

  /** A person's notification, in their organization's tenant (not the writer's). */
  public record NotificationRow(
      long accountId,
      long workspaceId,
      Long threadId,
      int postSeq,
      Long actionItemId,
      String kind,
      String actorName,
      String subject,
      Instant at) {}

  public void insertNotification(long organizationId, NotificationRow row) {
    Query insert =
        em.createNativeQuery(
            "INSERT INTO notification (organization_id, account_id, workspace_id,"
                + " conversation_id, post_seq, action_item_id, kind, actor_name, subject,"
                + " created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
    insert.setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
    insert.setParameter(1, organizationId);
    insert.setParameter(2, row.accountId());
    insert.setParameter(3, row.workspaceId());
    insert.setParameter(4, row.threadId());
    insert.setParameter(5, row.postSeq());
    insert.setParameter(6, row.actionItemId());
    insert.setParameter(7, row.kind());
    insert.setParameter(8, row.actorName());
    insert.setParameter(9, row.subject());
    insert.setParameter(10, LocalDateTime.ofInstant(row.at(), ZoneOffset.UTC));
    insert.executeUpdate();
  }

  /**
   * A notification about a subject its kind names (a bulletin to acknowledge, an exchange proposal
   * that moved on), in the recipient's own tenant.
   */
  public void insertAckNotification(long organizationId, NotificationRow row, long subjectId) {
    Query insert =
        em.createNativeQuery(
            "INSERT INTO notification (organization_id, account_id, workspace_id, post_seq,"
                + " subject_id, kind, actor_name, subject, created_at, version)"
                + " VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, 1)");
    insert.setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
    insert.setParameter(1, organizationId);
    insert.setParameter(2, row.accountId());
    insert.setParameter(3, row.workspaceId());
    insert.setParameter(4, subjectId);
    insert.setParameter(5, row.kind());
    insert.setParameter(6, row.actorName());
    insert.setParameter(7, row.subject());
    insert.setParameter(8, LocalDateTime.ofInstant(row.at(), ZoneOffset.UTC));
    insert.executeUpdate();
  }

  /** A site of an organization as its partners may see it: where and in which time zone. */
  public record SiteRow(long id, String name, String city, String country, String timeZone) {}

  /**
   * The sites of the workspace's other side, which the caller's organization tenant cannot read:
   * the client plans visits at the vendor's sites. The caller passes the organization of the
   * workspace it opened after the membership check.
   */
  public List<SiteRow> sitesOf(long organizationId) {
    Query select =
        em.createNativeQuery(
            "SELECT id, name, city, country, time_zone FROM site WHERE organization_id = ?"
                + " ORDER BY name");
    select.setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
    select.setParameter(1, organizationId);
    List<?> rows = select.getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            row ->
                new SiteRow(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    (String) row[4]))
        .toList();
  }

  // posts whose text matches, and the first post of each thread whose title matches
  private static final String POST_MATCHES =
      "SELECT id, created_at FROM post WHERE workspace_id = ? AND removed_at IS NULL"
          + " AND MATCH (body_markdown) AGAINST (? IN BOOLEAN MODE)"
          + " UNION SELECT p.id, p.created_at FROM conversation c JOIN post p"
          + " ON p.workspace_id = c.workspace_id AND p.conversation_id = c.id AND p.seq = 1"
          + " WHERE c.workspace_id = ? AND p.workspace_id = ? AND p.removed_at IS NULL"
          + " AND MATCH (c.title) AGAINST (? IN BOOLEAN MODE)";

  /** MySQL FULLTEXT search of a workspace: ids of matching posts, newest first. */
  public List<Long> searchPosts(long workspaceId, String booleanQuery, int first, int max) {
    Query search =
        em.createNativeQuery(
            "SELECT id FROM ("
                + POST_MATCHES
                + ") hits ORDER BY created_at DESC, id DESC"
                + " LIMIT ? OFFSET ?");
    bindSearch(search, workspaceId, booleanQuery);
    search.setParameter(6, max);
    search.setParameter(7, first);
    List<?> ids = search.getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).toList();
  }

  public long countPosts(long workspaceId, String booleanQuery) {
    Query count = em.createNativeQuery("SELECT COUNT(*) FROM (" + POST_MATCHES + ") hits");
    bindSearch(count, workspaceId, booleanQuery);
    return ((Number) count.getSingleResult()).longValue();
  }

  private static void bindSearch(Query query, long workspaceId, String booleanQuery) {
    query.setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
    query.setParameter(1, workspaceId);
    query.setParameter(2, booleanQuery);
    query.setParameter(3, workspaceId);
    query.setParameter(4, workspaceId);
    query.setParameter(5, booleanQuery);
  }

  /** A workspace's first thread categories, unless it has some already. */
  public void insertDefaultCategories(long workspaceId, List<String> names) {
    Query count =
        em.createNativeQuery("SELECT COUNT(*) FROM thread_category WHERE workspace_id = ?");
    count.setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
    count.setParameter(1, workspaceId);
    if (((Number) count.getSingleResult()).longValue() > 0) {
      return;
    }
    for (int i = 0; i < names.size(); i++) {
      Query insert =
          em.createNativeQuery(
              "INSERT INTO thread_category (workspace_id, name, position, version)"
                  + " VALUES (?, ?, ?, 1)");
      insert.setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
      insert.setParameter(1, workspaceId);
      insert.setParameter(2, names.get(i));
      insert.setParameter(3, i + 1);
      insert.executeUpdate();
    }
  }

  private void insert(String statement, AuditRow row, long tenant) {
    Query insert = em.createNativeQuery(statement);
    insert.setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
    insert.setParameter(1, row.actorAccount());
    insert.setParameter(2, row.actorOrganization());
    insert.setParameter(3, row.action());
    insert.setParameter(4, row.subjectType());
    insert.setParameter(5, row.subjectId());
    insert.setParameter(6, row.before());
    insert.setParameter(7, row.after());
    // stored as UTC, like UtcInstantConverter stores every Instant
    insert.setParameter(8, LocalDateTime.ofInstant(row.at(), ZoneOffset.UTC));
    insert.setParameter(9, tenant);
    insert.executeUpdate();
  }

  // Agents and their bookings across an organization's workspaces, for exchanges: an exchange is
  // accepted by the other side's coordinator, whose organization tenant cannot read the agent's
  // organization; the caller passes that organization from the workspace it opened after the
  // membership check, and each statement names it.

  /** What an exchange may know of an agent. */
  public record AgentRow(long id, String name, boolean active) {}

  /** An interval in which the agent is already away. */
  public record BookingRow(Instant start, Instant end) {}

  /**
   * The agent; to book it, its row stays locked until the transaction ends, so two acceptances that
   * would book the same agent, in any workspaces, check one after the other.
   */
  public Optional<AgentRow> agent(long organizationId, long agentId, boolean toBook) {
    Query select =
        bookingQuery(
            "SELECT id, name, active FROM agent WHERE organization_id = ? AND id = ?"
                + (toBook ? " FOR UPDATE" : ""));
    select.setParameter(1, organizationId);
    select.setParameter(2, agentId);
    List<?> rows = select.getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            row ->
                new AgentRow(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    Boolean.TRUE.equals(isTrue(row[2]))))
        .findFirst();
  }

  /**
   * The agent's bookings that overlap the interval, in any workspace of the organization; to book,
   * a locking read, which sees the bookings committed while this transaction waited for the agent.
   */
  public List<BookingRow> bookings(
      long organizationId, long agentId, Instant from, Instant to, boolean toBook) {
    Query select =
        bookingQuery(
            "SELECT starts_at, ends_at FROM agent_booking WHERE organization_id = ?"
                + " AND agent_id = ? AND starts_at < ? AND ends_at > ? ORDER BY starts_at"
                + (toBook ? " FOR UPDATE" : ""));
    select.setParameter(1, organizationId);
    select.setParameter(2, agentId);
    select.setParameter(3, utc(to));
    select.setParameter(4, utc(from));
    List<?> rows = select.getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(row -> new BookingRow(utcInstant(row[0]), utcInstant(row[1])))
        .toList();
  }

  public void book(
      long organizationId,
      long agentId,
      long workspaceId,
      long stayId,
      Instant start,
      Instant end) {
    Query insert =
        bookingQuery(
            "INSERT INTO agent_booking (organization_id, agent_id, workspace_id, stay_id,"
                + " starts_at, ends_at) VALUES (?, ?, ?, ?, ?, ?)");
    insert.setParameter(1, organizationId);
    insert.setParameter(2, agentId);
    insert.setParameter(3, workspaceId);
    insert.setParameter(4, stayId);
    insert.setParameter(5, utc(start));
    insert.setParameter(6, utc(end));
    insert.executeUpdate();
  }

  /** Frees the agent of a stay that was called off. */
  public void unbook(long organizationId, long workspaceId, long stayId) {
    Query delete =
        bookingQuery(
            "DELETE FROM agent_booking WHERE organization_id = ? AND workspace_id = ?"
                + " AND stay_id = ?");
    delete.setParameter(1, organizationId);
    delete.setParameter(2, workspaceId);
    delete.setParameter(3, stayId);
    delete.executeUpdate();
  }

  private Query bookingQuery(String sql) {
    Query query = em.createNativeQuery(sql);
    query.setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
    return query;
  }

  private static Boolean isTrue(Object value) {
    return value instanceof Number number ? number.intValue() != 0 : (Boolean) value;
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Instant utcInstant(Object value) {
    LocalDateTime local =
        value instanceof java.sql.Timestamp stamp ? stamp.toLocalDateTime() : (LocalDateTime) value;
    return local.toInstant(ZoneOffset.UTC);
  }

  /** The global tables of machine tokens (API and SCIM), each with an id and last_used_at. */
  public enum TokenTable {
    API_TOKEN,
    SCIM_TOKEN
  }

  /** How often a token's use is noted at most. */
  public static final Duration TOKEN_USE_RESOLUTION = Duration.ofMinutes(1);

  /**
   * Notes that a machine token was used, unless its last use as read is less than a minute old;
   * another node may have noted it meanwhile, so the condition is in the statement too. On a global
   * table, not a tenant one; native, because EclipseLink's JPQL bulk UPDATE raises the version, and
   * an admin's page open on the token (to revoke it) would then be refused as changed meanwhile.
   */
  public void noteTokenUse(TokenTable table, long id, Instant lastUsed, Instant now) {
    Instant threshold = now.minus(TOKEN_USE_RESOLUTION);
    if (lastUsed != null && lastUsed.isAfter(threshold)) {
      return;
    }
    em.createNativeQuery(
            "UPDATE "
                + table.name().toLowerCase(Locale.ROOT)
                + " SET last_used_at = ?1 WHERE id = ?2"
                + " AND (last_used_at IS NULL OR last_used_at < ?3)")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
        .setParameter(2, id)
        .setParameter(3, LocalDateTime.ofInstant(threshold, ZoneOffset.UTC))
        .executeUpdate();
  }
}
