package io.shoreline.portal.feeds;

/** Checks one row's raw cells against the feed's columns and writes them canonically. */
final class RowValidator {

  /** The stored key's column is 500 characters wide. */
  static final int MAX_KEY = 500;

  private final FeedColumns columns;
  private final int[] keyIndexes;

  RowValidator(FeedColumns columns) {
    this.columns = columns;
    this.keyIndexes = columns.keyIndexes();
  }

  /** The row's canonical cells, or null when it has a problem (each one reported). */
  String[] validate(long row, String[] raw, ValidationReport report) {
    String[] cells = new String[raw.length];
    boolean valid = true;
    for (int i = 0; i < raw.length; i++) {
      FeedColumn column = columns.get(i);
      String cell = raw[i];
      if (cell == null || cell.isBlank() && column.type() != ColumnType.TEXT) {
        if (column.required()) {
          report.add(row, column.name(), "required", null);
          valid = false;
        }
        continue;
      }
      try {
        cells[i] = column.type().canonical(cell, column);
      } catch (CellProblem problem) {
        report.add(row, column.name(), problem.code(), problem.argument());
        valid = false;
      }
    }
    if (valid && FeedCells.key(cells, keyIndexes).length() > MAX_KEY) {
      report.add(row, columns.get(keyIndexes[0]).name(), "keyTooLong", String.valueOf(MAX_KEY));
      valid = false;
    }
    return valid ? cells : null;
  }

  /** The names of the key columns, for a duplicate key's report line. */
  String keyNames() {
    StringBuilder names = new StringBuilder();
    for (int index : keyIndexes) {
      names.append(names.isEmpty() ? "" : ", ").append(columns.get(index).name());
    }
    return names.toString();
  }
}
