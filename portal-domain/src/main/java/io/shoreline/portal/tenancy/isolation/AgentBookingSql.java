package io.shoreline.portal.tenancy.isolation;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;

/**
 * Reviewed like {@link TenantSql}: an organization's agents and when they are away on exchanges,
 * across all its workspaces. An exchange is accepted by the other side's coordinator, whose
 * organization tenant cannot read the agent's organization; the caller passes that organization
 * from the workspace it opened after the membership check, and each statement names it.
 */
@Stateless
public class AgentBookingSql {

  @PersistenceContext EntityManager em;

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
        native_(
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
                    Boolean.TRUE.equals(active(row[2]))))
        .findFirst();
  }

  /**
   * The agent's bookings that overlap the interval, in any workspace of the organization; to book,
   * a locking read, which sees the bookings committed while this transaction waited for the agent.
   */
  public List<BookingRow> bookings(
      long organizationId, long agentId, Instant from, Instant to, boolean toBook) {
    Query select =
        native_(
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
        .map(row -> new BookingRow(instant(row[0]), instant(row[1])))
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
        native_(
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
        native_(
            "DELETE FROM agent_booking WHERE organization_id = ? AND workspace_id = ?"
                + " AND stay_id = ?");
    delete.setParameter(1, organizationId);
    delete.setParameter(2, workspaceId);
    delete.setParameter(3, stayId);
    delete.executeUpdate();
  }

  private Query native_(String sql) {
    Query query = em.createNativeQuery(sql);
    query.setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
    return query;
  }

  private static Boolean active(Object value) {
    return value instanceof Number number ? number.intValue() != 0 : (Boolean) value;
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Instant instant(Object value) {
    LocalDateTime local =
        value instanceof java.sql.Timestamp stamp ? stamp.toLocalDateTime() : (LocalDateTime) value;
    return local.toInstant(ZoneOffset.UTC);
  }
}
