package io.shoreline.bench.tenantfilter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PortalQueriesTest {

  // a tenant column compared with a bound value (not a join of two tenant columns)
  private static final Pattern TENANT_PREDICATE =
      Pattern.compile("(workspace_id|organization_id) = \\?");
  // lists of a whole workspace or organization: the listed table's predicate is their scope
  private static final Set<String> SCOPED_LISTS =
      Set.of("thread-list", "visit-list", "agent-roster");

  static List<PortalQuery> queries() {
    return PortalQueries.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void isTheTextThePortalSent(PortalQuery query) throws IOException {
    // Connector/J logs native statements with the values in place of their placeholders
    Pattern sent =
        Pattern.compile(
            Arrays.stream(query.sql().split("\\?", -1))
                .map(Pattern::quote)
                .collect(Collectors.joining("(?:\\?|[^ ,()]+)")));

    assertThat(captured().lines())
        .anyMatch(line -> sent.matcher(line.replaceFirst("^\\[QUERY] ", "")).matches());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void cutsOnlyTenantPredicatesWithTheirBinds(PortalQuery query) {
    assertThat(query.tenantPredicates()).allMatch(p -> TENANT_PREDICATE.matcher(p).find());
    int binds = query.withFilter().bindPositions().size();
    assertThat(query.binds().apply(new long[] {1, 2, 3})).hasSize(binds);
    assertThat(query.withoutFilter().bindPositions())
        .hasSize(binds - query.tenantPredicates().size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void withoutTheFilterOnlyAListKeepsItsScope(PortalQuery query) {
    long left = TENANT_PREDICATE.matcher(query.withoutFilter().sql()).results().count();

    assertThat(left).isEqualTo(SCOPED_LISTS.contains(query.name()) ? 1 : 0);
  }

  @Test
  void namesAreUnique() {
    assertThat(queries().stream().map(PortalQuery::name)).doesNotHaveDuplicates();
  }

  @Test
  void onlyTheListsScopedByTheirTenantAreControls() {
    assertThat(queries().stream().filter(PortalQuery::control).map(PortalQuery::name))
        .containsExactly("visit-list");
  }

  private static String captured() throws IOException {
    try (InputStream in = PortalQueriesTest.class.getResourceAsStream("/captured-sql.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
