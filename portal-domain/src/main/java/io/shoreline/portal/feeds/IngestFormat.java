package io.shoreline.portal.feeds;

/** How a submission's body is written. */
public enum IngestFormat {
  /** A header line naming every column, then one line per row (RFC 4180, UTF-8). */
  CSV,
  /** An array of objects keyed by column name (UTF-8). */
  JSON
}
