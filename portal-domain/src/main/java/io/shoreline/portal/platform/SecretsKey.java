package io.shoreline.portal.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The key of the {@link SecretBox}: {@code portal.secrets.key} (env {@code PORTAL_SECRETS_KEY}), 32
 * bytes in base64, in production. Without it, a key made on first use and kept in the data
 * directory, so the one-command portal and the tests run with nothing to configure.
 */
final class SecretsKey {

  static final int BYTES = 32;
  private static final Logger LOG = Logger.getLogger(SecretsKey.class.getName());
  private static final String FILE = "secrets.key";

  private SecretsKey() {}

  static byte[] from(Config config) {
    String configured =
        config.getOptionalValue("portal.secrets.key", String.class).map(String::strip).orElse("");
    if (!configured.isEmpty()) {
      return decode(configured, "portal.secrets.key");
    }
    DatabaseSettings settings = DatabaseSettings.from(config);
    if (settings.isExternal()) {
      LOG.warning(
          "PORTAL_SECRETS_KEY is not set: secrets are sealed with a key kept in the data"
              + " directory; set it in production");
    }
    return fromFile(settings.dataDirectory().resolve(FILE));
  }

  static byte[] fromFile(Path file) {
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      return decode(Files.readString(file).strip(), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void create(Path file) throws IOException {
    byte[] key = new byte[BYTES];
    new SecureRandom().nextBytes(key);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), FILE, ".new");
    try {
      Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the directory's own permissions guard it
    }
    Files.writeString(partial, Base64.getEncoder().encodeToString(key));
    try {
      // two nodes starting at once: the first key written wins, the other reads it
      Files.createLink(file, partial);
    } catch (FileAlreadyExistsException e) {
      // kept the other's
    } finally {
      Files.delete(partial);
    }
  }

  private static byte[] decode(String base64, String where) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(where + " is not base64", e);
    }
    if (key.length != BYTES) {
      throw new IllegalStateException(where + " must hold " + BYTES + " bytes in base64");
    }
    return key;
  }
}
