package io.shoreline.portal.feeds;

import io.shoreline.portal.tenancy.isolation.FeedRowSql;
import io.shoreline.portal.tenancy.isolation.FeedRowSql.ChunkChanges;
import io.shoreline.portal.tenancy.isolation.FeedRowSql.StoredRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one version's valid rows chunk by chunk: one lookup of the chunk's current rows, then
 * batches. Once the submission has a problem it writes nothing more (the transaction rolls back)
 * but still looks for duplicate keys, so the report lists them all.
 */
final class VersionWriter {

  static final int CHUNK = 1000;

  private record Pending(long row, String key, String cells) {}

  private final FeedRowSql sql;
  private final long workspaceId;
  private final long feedId;
  private final int version;
  private final boolean snapshot;
  private final String keyNames;
  private final ValidationReport report;
  private final List<Pending> pending = new ArrayList<>(CHUNK);
  // keys of rows not written (after a problem), for duplicates across their chunks
  private final Set<String> unwritten = new HashSet<>();
  private KeyRange range; // read at the first chunk
  private int added;
  private int changed;
  private int unchanged;
  private long rows;

  VersionWriter(
      FeedRowSql sql,
      long workspaceId,
      long feedId,
      int version,
      IngestMode mode,
      String keyNames,
      ValidationReport report) {
    this.sql = sql;
    this.workspaceId = workspaceId;
    this.feedId = feedId;
    this.version = version;
    this.snapshot = mode == IngestMode.SNAPSHOT;
    this.keyNames = keyNames;
    this.report = report;
  }

  void add(long row, String key, String cells) {
    rows++;
    pending.add(new Pending(row, key, cells));
    if (pending.size() >= CHUNK) {
      flush();
    }
  }

  void finish() {
    if (!pending.isEmpty()) {
      flush();
    }
  }

  long rows() {
    return rows;
  }

  /** Added, changed, removed (none here: a snapshot's end counts those), unchanged. */
  int[] counts(int removed) {
    return new int[] {added, changed, removed, unchanged};
  }

  private void flush() {
    Map<String, Long> inChunk = new HashMap<>();
    List<String> keys = new ArrayList<>(pending.size());
    for (Pending row : pending) {
      if (inChunk.putIfAbsent(row.key(), row.row()) == null) {
        keys.add(row.key());
      }
    }
    if (range == null) {
      range = new KeyRange(sql.lastCurrentKey(workspaceId, feedId).orElse(null));
    }
    // keys beyond all stored and written ones cannot be current rows: no lookup
    Map<String, StoredRow> stored =
        range.allBeyond(keys) ? Map.of() : sql.currentRows(workspaceId, feedId, keys);
    range.written(keys);
    ChunkChanges changes =
        new ChunkChanges(
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>());
    for (Pending row : pending) {
      Long first = inChunk.get(row.key());
      StoredRow current = stored.get(row.key());
      if (first != row.row()) {
        report.add(row.row(), keyNames, "keyDuplicate", String.valueOf(first));
      } else if (current != null && current.fromVersion() == version
          || !report.isEmpty() && !unwritten.add(row.key())) {
        report.add(row.row(), keyNames, "keyRepeated", null); // its first line was written
      } else {
        classify(row, current, changes);
      }
    }
    pending.clear();
    if (report.isEmpty()) {
      sql.write(workspaceId, feedId, version, changes);
    }
  }

  private void classify(Pending row, StoredRow current, ChunkChanges changes) {
    if (current == null) {
      added++;
    } else if (current.cells().equals(row.cells())) {
      unchanged++;
      if (snapshot) {
        changes.seenKeys().add(row.key());
        changes.seenFrom().add(current.fromVersion());
      }
      return;
    } else {
      changed++;
      changes.closeKeys().add(row.key());
      changes.closeFrom().add(current.fromVersion());
    }
    changes.insertKeys().add(row.key());
    changes.insertCells().add(row.cells());
  }
}
