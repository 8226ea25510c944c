package io.shoreline.portal.feeds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The type of a feed column: how a submitted cell is checked and written in its one canonical text
 * form, so that equal values compare equal and a diff shows real changes only.
 */
public enum ColumnType {
  TEXT,
  INTEGER,
  DECIMAL,
  /** ISO {@code yyyy-MM-dd}. */
  DATE,
  /** ISO date-time with an offset, e.g. {@code 2026-03-01T09:00:00+01:00}; kept as written. */
  TIMESTAMP,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** One of the column's listed values. */
  ENUM;

  /** Longest text cell accepted. */
  public static final int MAX_TEXT = 4000;

  /**
   * Control characters other than tab, line feed and carriage return (which text may hold), lone
   * surrogates (a JSON escape can make one) and U+FFFE, U+FFFF: none can travel in a page's XML.
   */
  private static final Pattern CONTROL =
      Pattern.compile("[[\\p{Cc}\\p{Cs}\\x{FFFE}\\x{FFFF}]&&[^\\t\\n\\r]]");

  /**
   * The canonical text of a non-empty cell.
   *
   * @throws CellProblem naming what is wrong
   */
  String canonical(String cell, FeedColumn column) {
    return switch (this) {
      case TEXT -> text(cell);
      case INTEGER -> integer(cell);
      case DECIMAL -> decimal(cell, column);
      case DATE -> date(cell);
      case TIMESTAMP -> timestamp(cell);
      case BOOLEAN -> bool(cell);
      case ENUM -> enumValue(cell, column);
    };
  }

  /** Whether exported cells of this type may hold text that a spreadsheet runs as a formula. */
  public boolean isFreeText() {
    return this == TEXT || this == ENUM;
  }

  private static String text(String cell) {
    if (cell.length() > MAX_TEXT) {
      throw new CellProblem("tooLong", String.valueOf(MAX_TEXT));
    }
    // NUL, escape sequences and the like: no page shows them, and XML cannot even carry them
    if (CONTROL.matcher(cell).find()) {
      throw new CellProblem("control", null);
    }
    return cell;
  }

  private static String integer(String cell) {
    try {
      return Long.toString(Long.parseLong(cell.strip()));
    } catch (NumberFormatException e) {
      throw new CellProblem("integer", cell);
    }
  }

  private static String decimal(String cell, FeedColumn column) {
    BigDecimal value;
    try {
      value = new BigDecimal(cell.strip());
    } catch (NumberFormatException e) {
      throw new CellProblem("decimal", cell);
    }
    if (value.scale() > column.scale()) {
      throw new CellProblem("decimalScale", String.valueOf(column.scale()));
    }
    // checked before setScale: "1E+999999999" would otherwise be expanded to a billion digits
    if (value.signum() != 0
        && (long) value.precision() - value.scale() > column.precision() - column.scale()) {
      throw new CellProblem("decimalPrecision", String.valueOf(column.precision()));
    }
    BigDecimal scaled = value.setScale(column.scale());
    if (scaled.precision() > column.precision()) {
      throw new CellProblem("decimalPrecision", String.valueOf(column.precision()));
    }
    return scaled.toPlainString();
  }

  private static String date(String cell) {
    try {
      return LocalDate.parse(cell.strip(), DateTimeFormatter.ISO_LOCAL_DATE).toString();
    } catch (DateTimeParseException e) {
      throw new CellProblem("date", cell);
    }
  }

  private static String timestamp(String cell) {
    try {
      return OffsetDateTime.parse(cell.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
          .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      throw new CellProblem("timestamp", cell);
    }
  }

  private static String bool(String cell) {
    String value = cell.strip();
    if (value.equals("true") || value.equals("false")) {
      return value;
    }
    throw new CellProblem("boolean", cell);
  }

  private static String enumValue(String cell, FeedColumn column) {
    if (column.enumValues().contains(cell)) {
      return cell;
    }
    throw new CellProblem("enum", String.join(", ", column.enumValues()));
  }
}
