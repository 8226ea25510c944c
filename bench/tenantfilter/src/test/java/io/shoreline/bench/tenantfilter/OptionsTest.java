package io.shoreline.bench.tenantfilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionsTest {

  @Test
  void defaultsToTheLargeDatasetAsThePortalConnects() {
    Options options = Options.parse(new String[0], Map.of());

    assertThat(options.database()).isEqualTo("portal_bench_large");
    assertThat(options.threads()).isEqualTo(4);
    assertThat(options.seconds()).isEqualTo(Duration.ofSeconds(10));
    assertThat(options.rounds()).isEqualTo(3);
    assertThat(options.url())
        .isEqualTo(
            "jdbc:mysql://127.0.0.1:3306/portal_bench_large?rewriteBatchedStatements=true"
                + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                + "&characterEncoding=UTF-8&useLocalSessionState=true"
                + "&cacheServerConfiguration=true&maintainTimeStats=false");
  }

  @Test
  void smallAndTheEnvironmentChooseTheDatabase() {
    assertThat(Options.parse(new String[] {"--small"}, Map.of()).database())
        .isEqualTo("portal_bench_small");
    assertThat(
            Options.parse(new String[] {"--small"}, Map.of("BENCH_DB_NAME", "portal_bench_copy"))
                .database())
        .isEqualTo("portal_bench_copy");
  }

  @Test
  void refusesFewerThanThreeRoundsAndUnknownQueries() {
    assertThatThrownBy(() -> Options.parse(new String[] {"--rounds", "2"}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    Options only = Options.parse(new String[] {"--only", "thread,nothing"}, Map.of());
    assertThatThrownBy(() -> only.queries(PortalQueries.all())).hasMessageContaining("nothing");
  }

  @Test
  void onlyPicksQueriesByName() {
    Options only = Options.parse(new String[] {"--only", "posts-page,thread"}, Map.of());

    assertThat(only.queries(PortalQueries.all()).stream().map(PortalQuery::name))
        .containsExactly("thread", "posts-page");
  }
}
