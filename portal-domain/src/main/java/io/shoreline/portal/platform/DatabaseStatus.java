package io.shoreline.portal.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Answers whether the database can be reached now; used by the readiness check. */
@ApplicationScoped
public class DatabaseStatus {

  private static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource dataSource;

  public boolean isReachable() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(TIMEOUT_SECONDS);
    } catch (SQLException e) {
      return false;
    }
  }
}
