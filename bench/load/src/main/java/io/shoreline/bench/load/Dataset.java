package io.shoreline.bench.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses what the benchmarks load from a generated dataset (bench/generate-data.sh): one client
 * organization's admin, who coordinates all its workspaces, and that organization's long threads
 * and KPI feeds. Reads only.
 */
final class Dataset implements AutoCloseable {

  static final int POSTS_PER_PAGE = 50;
  static final String KPI_FEED = "Daily KPIs";

  private final Connection db;
  private final long clientOrganization;

  private Dataset(Connection db, long clientOrganization) {
    this.db = db;
    this.clientOrganization = clientOrganization;
  }

  /** The client organization with the most threads of a full page of posts or more. */
  static Dataset open(String jdbcUrl, String user, String password) throws SQLException {
    Connection db = DriverManager.getConnection(jdbcUrl, user, password);
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT p.client_org_id FROM conversation c JOIN partnership p ON p.id = c.workspace_id"
                + " WHERE c.post_count >= ? GROUP BY p.client_org_id"
                + " ORDER BY COUNT(*) DESC, p.client_org_id LIMIT 1")) {
      query.setInt(1, POSTS_PER_PAGE);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          throw new IllegalStateException(
              "no thread of " + POSTS_PER_PAGE + " posts in " + jdbcUrl);
        }
        return new Dataset(db, row.getLong(1));
      }
    }
  }

  Connection connection() {
    return db;
  }

  String adminEmail() throws SQLException {
    List<String> emails =
        strings(
            "SELECT email FROM account WHERE organization_id = ? AND org_role = 'ORG_ADMIN'"
                + " AND enabled = 1 ORDER BY id LIMIT 1",
            clientOrganization);
    return emails.get(0);
  }

  /** Members of the workspace other than its organization's admin, enabled, in account order. */
  List<String> otherMembers(long workspace, int limit) throws SQLException {
    return strings(
            "SELECT a.email FROM membership m JOIN account a ON a.id = m.account_id"
                + " WHERE m.partnership_id = ? AND a.enabled = 1 AND a.org_role <> 'ORG_ADMIN'"
                + " ORDER BY a.id",
            workspace)
        .stream()
        .limit(limit)
        .toList();
  }

  /** Up to {@code limit} threads of the organization's workspaces with a full first page. */
  List<Thread> longThreads(int limit) throws SQLException {
    List<Thread> threads = new ArrayList<>();
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT c.workspace_id, c.id FROM conversation c"
                + " JOIN partnership p ON p.id = c.workspace_id"
                + " WHERE p.client_org_id = ? AND c.post_count >= ? ORDER BY c.id LIMIT ?")) {
      query.setLong(1, clientOrganization);
      query.setInt(2, POSTS_PER_PAGE);
      query.setInt(3, limit);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          threads.add(new Thread(rows.getLong(1), rows.getLong(2)));
        }
      }
    }
    return threads;
  }

  /** The KPI feed of the first of the organization's workspaces that has one. */
  Feed kpiFeed() throws SQLException {
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT f.workspace_id, f.id FROM feed f JOIN partnership p ON p.id = f.workspace_id"
                + " WHERE p.client_org_id = ? AND f.name = ? ORDER BY f.id LIMIT 1")) {
      query.setLong(1, clientOrganization);
      query.setString(2, KPI_FEED);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          throw new IllegalStateException("no " + KPI_FEED + " feed");
        }
        return new Feed(row.getLong(1), row.getLong(2));
      }
    }
  }

  private List<String> strings(String sql, long parameter) throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setLong(1, parameter);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
    }
    return values;
  }

  @Override
  public void close() throws SQLException {
    db.close();
  }

  record Thread(long workspace, long id) {
    String page() {
      return "/app/thread.xhtml?w=" + workspace + "&t=" + id + "&page=0";
    }
  }

  record Feed(long workspace, long id) {
    String rows(int page) {
      return "/api/v1/workspaces/" + workspace + "/feeds/" + id + "/rows?size=100&page=" + page;
    }
  }
}
