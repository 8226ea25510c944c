package io.shoreline.portal.feeds;

import java.util.ArrayList;
import java.util.List;

/**
 * The stored text of a row's cells (and of its key): each cell escaped, joined by U+001F (the "unit
 * separator"), so a row is one compact column and a cell never runs into the next. An empty cell is
 * an empty field. The database can still address cell i by pattern ({@link #cellPattern}).
 */
public final class FeedCells {

  public static final char SEPARATOR = '\u001F';

  private FeedCells() {}

  /** The stored text of these cells (null cells empty). */
  public static String join(String[] cells) {
    StringBuilder text = new StringBuilder(cells.length * 12);
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        text.append(SEPARATOR);
      }
      escape(cells[i], text);
    }
    return text.toString();
  }

  /**
   * The key of a row: its key cells, in column order, without surrounding spaces. "Billing " is the
   * row "Billing": people do not see a trailing space, and MySQL's collations (PAD SPACE) would not
   * tell the two keys apart either, so the embedded database must not.
   */
  public static String key(String[] cells, int[] keyIndexes) {
    String[] key = new String[keyIndexes.length];
    for (int i = 0; i < keyIndexes.length; i++) {
      String cell = cells[keyIndexes[i]];
      key[i] = cell == null ? null : cell.strip();
    }
    return join(key);
  }

  /** The cells of a stored text; empty fields are empty strings. */
  public static List<String> split(String stored) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 0; i < stored.length(); i++) {
      char c = stored.charAt(i);
      if (c == '\\' && i + 1 < stored.length()) {
        char next = stored.charAt(++i);
        cell.append(next == 'u' ? SEPARATOR : next);
      } else if (c == SEPARATOR) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  static void escape(String cell, StringBuilder into) {
    if (cell == null) {
      return;
    }
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '\\') {
        into.append("\\\\");
      } else if (c == SEPARATOR) {
        into.append("\\u");
      } else {
        into.append(c);
      }
    }
  }

  /**
   * A regular expression (MySQL/MariaDB REGEXP and H2 alike) matching stored rows whose cell {@code
   * index} equals, or contains, {@code value}.
   */
  public static String cellPattern(int index, String value, boolean contains) {
    StringBuilder escaped = new StringBuilder();
    escape(value, escaped);
    String other = "[^" + SEPARATOR + "]*";
    StringBuilder pattern = new StringBuilder(contains ? "(?i)^" : "^");
    if (index > 0) {
      pattern.append("(").append(other).append(SEPARATOR).append("){").append(index).append('}');
    }
    if (contains) {
      pattern.append(other);
    }
    quote(escaped, pattern);
    pattern.append(contains ? "" : "(" + SEPARATOR + "|$)");
    return pattern.toString();
  }

  // a backslash before every ASCII punctuation character makes it literal in every engine
  private static void quote(CharSequence text, StringBuilder into) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 128 && !Character.isLetterOrDigit(c) && c != ' ' && c >= 0x20) {
        into.append('\\');
      }
      into.append(c);
    }
  }
}
