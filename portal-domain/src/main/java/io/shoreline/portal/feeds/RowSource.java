package io.shoreline.portal.feeds;

/** Reads a submission's rows, in column order, and reports what is wrong with its structure. */
interface RowSource {

  /** Receives one row's raw cells in column order (null: empty or absent). */
  interface Rows {
    void row(long row, String[] raw);
  }

  void read(Utf8Input input, FeedColumns columns, Rows rows, ValidationReport report);

  static RowSource of(IngestFormat format) {
    return format == IngestFormat.JSON ? new JsonRows() : new CsvRows();
  }
}
