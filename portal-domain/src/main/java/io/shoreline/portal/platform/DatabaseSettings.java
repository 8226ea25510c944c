package io.shoreline.portal.platform;

import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;

/** Where the data lives, read from MicroProfile Config (environment variables override). */
public record DatabaseSettings(String url, String user, String password, Path dataDirectory) {

  public static DatabaseSettings from(Config config) {
    return new DatabaseSettings(
        value(config, "portal.db.url"),
        value(config, "portal.db.user"),
        value(config, "portal.db.password"),
        Path.of(config.getOptionalValue("portal.data.dir", String.class).orElse("data").strip()));
  }

  /** True when an external (MySQL) database is configured; false means embedded H2. */
  public boolean isExternal() {
    return !url.isEmpty();
  }

  private static String value(Config config, String name) {
    return config.getOptionalValue(name, String.class).map(String::strip).orElse("");
  }
}
