package io.shoreline.bench.tenantfilter;

import java.util.List;
import java.util.function.Function;

/**
 * A read the portal sends, exactly as captured from it, with the tenant predicates that the form
 * without the filter leaves out.
 *
 * @param name short name in the report
 * @param route the pages and API routes that send it
 * @param sql the statement with the tenant filter, verbatim
 * @param tenantPredicates the text of each tenant predicate with its joining {@code AND}
 * @param pool where its parameter values come from
 * @param binds the values of the form with the filter, from one row of the pool
 */
record PortalQuery(
    String name,
    String route,
    String sql,
    List<String> tenantPredicates,
    Pool pool,
    Function<long[], List<Object>> binds) {

  PortalQuery {
    tenantPredicates = List.copyOf(tenantPredicates);
  }

  Form withFilter() {
    return Form.of(sql);
  }

  Form withoutFilter() {
    return TenantCut.cut(sql, tenantPredicates);
  }

  /**
   * True when the tenant is the query's own scope (a whole workspace's list): both forms are the
   * same text, and the pair measures the benchmark's noise, not the filter.
   */
  boolean control() {
    return tenantPredicates.isEmpty();
  }
}
