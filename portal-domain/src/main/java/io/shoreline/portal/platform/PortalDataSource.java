package io.shoreline.portal.platform;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The application's JDBC source, chosen from configuration when the pool creates it: MySQL through
 * Connector/J when {@code portal.db.url} (env {@code PORTAL_DB_URL}) is set, otherwise an embedded
 * H2 file database in MySQL mode under {@code portal.data.dir} (env {@code PORTAL_DATA_DIR},
 * default {@code ./data}). Payara's connection pool wraps it.
 */
public class PortalDataSource implements DataSource {

  private final DataSource target;

  public PortalDataSource() {
    this(ConfigProvider.getConfig());
  }

  PortalDataSource(Config config) {
    this.target = DatabaseSettings.from(config).isExternal() ? mysql(config) : h2(config);
  }

  private static DataSource mysql(Config config) {
    DatabaseSettings settings = DatabaseSettings.from(config);
    MysqlDataSource mysql = new MysqlDataSource();
    mysql.setURL(MysqlUrl.withDefaults(settings.url()));
    mysql.setUser(settings.user());
    mysql.setPassword(settings.password());
    return mysql;
  }

  private static DataSource h2(Config config) {
    Path dir = DatabaseSettings.from(config).dataDirectory();
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:file:"
            + dir.resolve("portal").toAbsolutePath()
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE");
    h2.setUser("portal");
    h2.setPassword("");
    return h2;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return target.getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return target.getConnection(username, password);
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return target.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return type.isInstance(target) ? type.cast(target) : target.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(target) || target.isWrapperFor(type);
  }
}
