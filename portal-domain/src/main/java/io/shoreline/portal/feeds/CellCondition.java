package io.shoreline.portal.feeds;

/** A filter of a rows page: the named column's cell equals, or contains, a value. */
public record CellCondition(String column, String value, boolean contains) {

  public static CellCondition contains(String column, String value) {
    return new CellCondition(column, value, true);
  }

  public static CellCondition equalTo(String column, String value) {
    return new CellCondition(column, value, false);
  }
}
