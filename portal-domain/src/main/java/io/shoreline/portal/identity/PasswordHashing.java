package io.shoreline.portal.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PBKDF2-HMAC-SHA256 with 600,000 iterations (OWASP 2023) and a 32-byte salt. The platform default
 * is 2048 iterations, so the parameters are set here explicitly. A hash names its own iteration
 * count, so hashes made with another count still verify.
 */
@ApplicationScoped
public class PasswordHashing {

  /** The count every deployment uses; only the integration tests configure fewer. */
  public static final int DEFAULT_ITERATIONS = 600_000;

  private static final Logger LOG = Logger.getLogger(PasswordHashing.class.getName());

  @Inject Pbkdf2PasswordHash pbkdf2;

  /**
   * portal.passwords.iterations: the integration tests hash their thousands of fixture passwords
   * and sign-ins with fewer iterations, which cost most of their time at the default.
   */
  @Inject
  @ConfigProperty(name = "portal.passwords.iterations", defaultValue = "600000")
  int iterations;

  private String decoy;

  /**
   * A real hash of a random password nobody kept, verified when the account does not exist. A
   * constant, so that no start-up pays for hashing it.
   */
  private static final String DECOY =
      "PBKDF2WithHmacSHA256:600000:xWNhJ2icHMvAXQvMf52yJNsRSXCjUr79Eg17s4mgK0U="
          + ":x5eagYsE75a/AOGa5S+aJlBNWDj7u47ruIEoYaG5tk8=";

  @PostConstruct
  void configure() {
    if (iterations < DEFAULT_ITERATIONS) {
      LOG.warning(
          "Passwords are hashed with "
              + iterations
              + " PBKDF2 iterations instead of "
              + DEFAULT_ITERATIONS
              + ": meant for tests only (portal.passwords.iterations)");
    }
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    // the decoy must cost what a real account's hash costs
    decoy = usesDefaultCost() ? DECOY : pbkdf2.generate(UUID.randomUUID().toString().toCharArray());
  }

  /** Whether hashes cost the default iterations (precomputed hashes of that count then fit). */
  public boolean usesDefaultCost() {
    return iterations == DEFAULT_ITERATIONS;
  }

  public String hash(char[] password) {
    return pbkdf2.generate(password);
  }

  public boolean matches(char[] password, String hash) {
    return pbkdf2.verify(password, hash);
  }

  /** Costs what {@link #matches} costs, so an unknown account takes as long as a known one. */
  public void spendVerificationTime(char[] password) {
    pbkdf2.verify(password, decoy);
  }
}
