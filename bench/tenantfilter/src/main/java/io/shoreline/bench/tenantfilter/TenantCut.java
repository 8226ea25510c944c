package io.shoreline.bench.tenantfilter;

import java.util.ArrayList;
import java.util.List;

/**
 * Derives the form without the filter from the portal's SQL: each tenant predicate is cut out as
 * written (with the {@code AND} that joins it), and its bind with it. Nothing else of the text
 * changes, so the two forms differ by exactly the tenant predicates.
 */
final class TenantCut {

  private TenantCut() {}

  static Form cut(String sql, List<String> predicates) {
    String text = sql;
    List<Integer> kept = new ArrayList<>(Form.of(sql).bindPositions());
    for (String predicate : predicates) {
      if (predicate.chars().filter(c -> c == '?').count() != 1) {
        throw new IllegalArgumentException("a tenant predicate binds one value: " + predicate);
      }
      int at = text.indexOf(predicate);
      if (at < 0 || text.indexOf(predicate, at + 1) >= 0) {
        throw new IllegalArgumentException(
            "must occur exactly once: '" + predicate + "' in " + text);
      }
      int placeholder = placeholdersBefore(text, at + predicate.indexOf('?'));
      kept.remove(placeholder);
      text = text.substring(0, at) + text.substring(at + predicate.length());
    }
    return new Form(text, kept);
  }

  private static int placeholdersBefore(String text, int end) {
    return (int) text.substring(0, end).chars().filter(c -> c == '?').count();
  }
}
