package io.shoreline.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionsTest {

  @Test
  void defaultsToTheLocalBenchDatabaseAtFullScale() {
    Options options = Options.parse(new String[0], Map.of());

    assertThat(options.scale()).isEqualTo(1.0);
    assertThat(options.seed()).isEqualTo(42);
    assertThat(options.database()).isEqualTo("portal_bench");
    assertThat(options.user()).isEqualTo("root");
    assertThat(options.password()).isEmpty();
  }

  @Test
  void readsTheDatabaseFromTheEnvironmentAndKeepsItsParameters() {
    Options options =
        Options.parse(
            new String[] {"--scale", "0.01", "--seed", "7"},
            Map.of(
                "PORTAL_DB_URL", "jdbc:mysql://db:3307/my_bench?useSSL=false",
                "PORTAL_DB_USER", "bench"));

    assertThat(options.scale()).isEqualTo(0.01);
    assertThat(options.seed()).isEqualTo(7);
    assertThat(options.user()).isEqualTo("bench");
    assertThat(options.database()).isEqualTo("my_bench");
    assertThat(options.serverUrl()).isEqualTo("jdbc:mysql://db:3307/?useSSL=false");
    assertThat(options.batchUrl())
        .isEqualTo(
            "jdbc:mysql://db:3307/my_bench?useSSL=false"
                + "&rewriteBatchedStatements=true&useServerPrepStmts=false");
  }

  @Test
  void refusesToRecreateADatabaseThatIsNotABenchOneUnlessForced() {
    Map<String, String> env = Map.of("PORTAL_DB_URL", "jdbc:mysql://127.0.0.1:3306/portal");

    assertThatThrownBy(() -> Options.parse(new String[0], env))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("refusing to recreate database 'portal'");
    assertThat(Options.parse(new String[] {"--force"}, env).database()).isEqualTo("portal");
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> Options.parse(new String[] {"--scale", "0"}, Map.of()))
        .hasMessageContaining("--scale must be above 0");
    assertThatThrownBy(() -> Options.parse(new String[] {"--scale", "many"}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Options.parse(new String[] {"--seed"}, Map.of()))
        .hasMessageContaining("--seed needs a value");
    assertThatThrownBy(() -> Options.parse(new String[] {"--rows", "5"}, Map.of()))
        .hasMessageContaining("unknown argument: --rows");
  }
}
