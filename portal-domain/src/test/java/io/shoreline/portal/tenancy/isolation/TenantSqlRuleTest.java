package io.shoreline.portal.tenancy.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build-time rule of the isolation design: EclipseLink adds no tenant predicate to native SQL
 * or to bulk UPDATE/DELETE, so those live in {@link TenantSql} alone, where each names its tenant.
 * A few classes work on global tables only (listed with their reason); they must not name a tenant
 * entity or table.
 */
class TenantSqlRuleTest {

  private static final Path MAIN = Path.of("src/main/java");
  private static final Path REVIEWED =
      MAIN.resolve("io/shoreline/portal/tenancy/isolation/TenantSql.java");
  // feed rows: batched JDBC, each statement naming workspace_id (reviewed like TenantSql)
  private static final Path REVIEWED_FEED_ROWS =
      MAIN.resolve("io/shoreline/portal/tenancy/isolation/FeedRowSql.java");
  private static final Map<Path, String> GLOBAL_ONLY =
      Map.of(
          MAIN.resolve("io/shoreline/portal/identity/LoginFailure.java"),
              "bulk deletes of the global sign-in failure log",
          MAIN.resolve("io/shoreline/portal/identity/LoginThrottle.java"), "runs those deletes",
          MAIN.resolve("io/shoreline/portal/platform/DatabaseStatus.java"),
              "health check: a connection's validity",
          MAIN.resolve("io/shoreline/portal/platform/PortalDataSource.java"),
              "the data source definition",
          MAIN.resolve("io/shoreline/portal/twofactor/SecondFactorStatements.java"),
              "a code's step accepted, recovery codes removed: global second-factor tables",
          MAIN.resolve("io/shoreline/portal/twofactor/SecondFactor.java"),
              "the named bulk update of the global second_factor table",
          MAIN.resolve("io/shoreline/portal/twofactor/RecoveryCode.java"),
              "the named bulk delete of the global recovery_code table");
  private static final Pattern TENANT_ENTITY =
      Pattern.compile(
          "@Table\\(name = \"(\\w+)\"\\)\\s*@Multitenant.*?public class (\\w+)", Pattern.DOTALL);

  /** Native queries, the hint that allows them, JDBC, and bulk JPQL in string literals. */
  private static final List<Pattern> FORBIDDEN =
      List.of(
          Pattern.compile("createNativeQuery"),
          Pattern.compile("ALLOW_NATIVE_SQL_QUERY|allow-native-sql-query"),
          Pattern.compile("java\\.sql\\.(Connection|Statement|PreparedStatement)"),
          Pattern.compile("unwrap\\(\\s*(java\\.sql\\.)?Connection"),
          Pattern.compile("\"\\s*(UPDATE|DELETE)\\s", Pattern.CASE_INSENSITIVE),
          Pattern.compile("executeUpdate\\("));

  @Test
  void nativeSqlAndBulkStatementsLiveOnlyInTheReviewedClass() {
    List<String> offences =
        sources()
            .filter(file -> !file.equals(REVIEWED) && !file.equals(REVIEWED_FEED_ROWS))
            .filter(file -> !GLOBAL_ONLY.containsKey(file))
            .flatMap(TenantSqlRuleTest::offences)
            .toList();

    assertThat(offences).as("native SQL or bulk statements outside TenantSql").isEmpty();
  }

  @Test
  void theGlobalTableExceptionsNameNoTenantEntityOrTable() {
    List<String> tenantNames = tenantEntitiesAndTables();
    assertThat(tenantNames).contains("site", "Site", "audit_event", "AuditEvent");
    for (Path file : GLOBAL_ONLY.keySet()) {
      String source = String.join("\n", read(file));
      assertThat(tenantNames)
          .as(file + " may only touch global tables")
          .noneMatch(name -> Pattern.compile("\\b" + name + "\\b").matcher(source).find());
    }
  }

  /** Entity and table names of every @Multitenant entity in the sources. */
  private static List<String> tenantEntitiesAndTables() {
    return sources()
        .map(file -> String.join("\n", read(file)))
        .flatMap(
            source -> {
              Matcher entity = TENANT_ENTITY.matcher(source);
              return entity.find() ? Stream.of(entity.group(1), entity.group(2)) : Stream.empty();
            })
        .toList();
  }

  @Test
  void theRuleSeesWhatItForbids() throws IOException {
    assertThat(offences(REVIEWED)).isNotEmpty();
    assertThat(offences(REVIEWED_FEED_ROWS)).isNotEmpty();
    assertThat(sources()).hasSizeGreaterThan(20);
  }

  private static Stream<String> offences(Path file) {
    List<String> lines = read(file);
    return java.util.stream.IntStream.range(0, lines.size())
        .filter(i -> FORBIDDEN.stream().anyMatch(p -> p.matcher(lines.get(i)).find()))
        .mapToObj(i -> MAIN.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
  }

  private static Stream<Path> sources() {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
