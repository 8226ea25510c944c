package io.shoreline.portal.feeds;

import java.util.List;

/**
 * The greatest row key a submission knows to be stored or written so far, so that a chunk whose
 * keys all lie beyond it needs no lookup of current rows: KPI feeds grow by new dates, and then
 * most chunks skip their lookup (the ingest benchmark's main cost after the inserts).
 *
 * <p>Java compares strings by UTF-16 unit, MySQL's utf8mb4_bin by code point with trailing spaces
 * ignored (PAD SPACE), H2 like Java. The orders agree for keys of characters from U+0020 to U+D7FF
 * (and the cell separator) that do not end in a space; any other chunk is looked up.
 */
final class KeyRange {

  private String last;

  /** The feed's greatest current key before this submission; null when it has none. */
  KeyRange(String lastCurrent) {
    this.last = lastCurrent;
  }

  /** Whether every key of the chunk is greater than every key stored or written so far. */
  boolean allBeyond(List<String> keys) {
    if (last != null && !comparable(last)) {
      return false;
    }
    for (String key : keys) {
      if (!comparable(key) || last != null && key.compareTo(last) <= 0) {
        return false;
      }
    }
    return true;
  }

  /** Notes keys written, so that a later chunk repeating one is looked up (and refused). */
  void written(List<String> keys) {
    for (String key : keys) {
      if (last == null || key.compareTo(last) > 0) {
        last = key;
      }
    }
  }

  private static boolean comparable(String key) {
    if (key.isEmpty() || key.charAt(key.length() - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c != FeedCells.SEPARATOR && (c < ' ' || c >= '\uD800')) {
        return false;
      }
    }
    return true;
  }
}
