package io.shoreline.portal.provisioning;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link ScimFilter} as a JPQL condition with bound parameters (never a value in the query text),
 * so that a filtered list is paged in the database.
 */
record FilterQuery(String condition, Map<String, Object> parameters) {

  /** How a filterable attribute is stored: its JPQL path and the type of its values. */
  record Column(String path, Class<?> type, Matching matching) {

    static Column text(String path, Matching matching) {
      return new Column(path, String.class, matching);
    }

    static Column flag(String path) {
      return new Column(path, Boolean.class, Matching.EXACT);
    }
  }

  /** How a text compares: exactly, or without case (stored lower-case: then the index helps). */
  enum Matching {
    EXACT,
    ANY_CASE,
    STORED_LOWER_CASE
  }

  static FilterQuery of(ScimFilter filter, Map<String, Column> columns) {
    Map<String, Object> parameters = new HashMap<>();
    String condition = condition(filter, columns, parameters);
    return new FilterQuery(condition, parameters);
  }

  private static String condition(
      ScimFilter filter, Map<String, Column> columns, Map<String, Object> parameters) {
    if (filter instanceof ScimFilter.And and) {
      return "("
          + condition(and.left(), columns, parameters)
          + " AND "
          + condition(and.right(), columns, parameters)
          + ")";
    }
    if (filter instanceof ScimFilter.Or or) {
      return "("
          + condition(or.left(), columns, parameters)
          + " OR "
          + condition(or.right(), columns, parameters)
          + ")";
    }
    ScimFilter.Eq eq = (ScimFilter.Eq) filter;
    return equality(eq, columns.get(eq.attribute()), parameters);
  }

  private static String equality(ScimFilter.Eq eq, Column column, Map<String, Object> parameters) {
    if (column == null) {
      throw ScimException.invalidFilter("cannot filter by \"" + eq.attribute() + "\"");
    }
    if (!column.type().isInstance(eq.value())) {
      throw ScimException.invalidFilter(
          eq.attribute() + " takes a " + column.type().getSimpleName().toLowerCase(Locale.ROOT));
    }
    String name = "f" + parameters.size();
    if (column.matching() != Matching.EXACT) {
      parameters.put(name, ((String) eq.value()).strip().toLowerCase(Locale.ROOT));
      return column.matching() == Matching.ANY_CASE
          ? "LOWER(" + column.path() + ") = :" + name
          : column.path() + " = :" + name;
    }
    parameters.put(name, eq.value());
    return column.path() + " = :" + name;
  }
}
