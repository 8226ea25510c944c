package io.shoreline.bench.tenantfilter;

/**
 * Where a query's parameter values come from: real rows of the dataset, each row one set of ids (in
 * the order of the columns selected). Ordered, so a seed always draws the same values.
 */
enum Pool {
  /** {workspace, thread} */
  THREADS("SELECT workspace_id, id FROM conversation ORDER BY id"),
  /** {workspace} */
  WORKSPACES("SELECT id FROM partnership ORDER BY id"),
  /** {workspace, feed, current version}: the version a feed page shows by default */
  FEEDS("SELECT workspace_id, id, current_version FROM feed WHERE current_version > 0 ORDER BY id"),
  /** {workspace, bulletin, revision}: bulletins that ask someone to acknowledge them */
  BULLETINS(
      "SELECT b.workspace_id, b.id, b.revision FROM bulletin b WHERE EXISTS (SELECT 1 FROM"
          + " ack_recipient r WHERE r.workspace_id = b.workspace_id"
          + " AND r.subject_kind = 'BULLETIN' AND r.subject_id = b.id) ORDER BY b.id"),
  /** {organization}: organizations with an agent roster */
  ORGANIZATIONS("SELECT DISTINCT organization_id FROM agent ORDER BY organization_id");

  final String sql;

  Pool(String sql) {
    this.sql = sql;
  }
}
