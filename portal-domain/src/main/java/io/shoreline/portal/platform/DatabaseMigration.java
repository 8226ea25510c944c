package io.shoreline.portal.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the schema up to date with Flyway before anything uses JPA. */
@DataSourceDefinition(
    name = "java:app/jdbc/portal",
    className = "io.shoreline.portal.platform.PortalDataSource",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      // validate pooled connections so a restarted database does not break requests for good
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true",
      // a ping per borrowed connection cost a round trip on every statement group; once a second
      // still notices a restarted database at the next request
      "fish.payara.validate-atmost-once-period-in-seconds=1",
      // no request holds a connection for a minute: one held longer is logged with the stack that
      // took it ("potential connection leak"), which the soak check counts
      "fish.payara.connection-leak-timeout-in-seconds=60"
    })
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations(locations())
            .load()
            .migrate();
    String version =
        result.targetSchemaVersion != null
            ? result.targetSchemaVersion
            : result.initialSchemaVersion;
    LOG.info(
        () ->
            "Database schema at version "
                + version
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  /** MySQL (an external database) also gets what H2 cannot run, such as FULLTEXT indexes. */
  private static String[] locations() {
    return DatabaseSettings.from(ConfigProvider.getConfig()).isExternal()
        ? new String[] {"classpath:db/migration", "classpath:db/mysql"}
        : new String[] {"classpath:db/migration"};
  }
}
