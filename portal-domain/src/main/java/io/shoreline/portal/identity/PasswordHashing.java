package io.shoreline.portal.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2-HMAC-SHA256 with 600,000 iterations (OWASP 2023) and a 32-byte salt. The platform default
 * is 2048 iterations, so the parameters are set here explicitly.
 */
@ApplicationScoped
public class PasswordHashing {

  static final int ITERATIONS = 600_000;

  @Inject Pbkdf2PasswordHash pbkdf2;

  /**
   * A real hash of a random password nobody kept, verified when the account does not exist. A
   * constant, so that no start-up pays for hashing it.
   */
  private static final String DECOY =
      "PBKDF2WithHmacSHA256:600000:xWNhJ2icHMvAXQvMf52yJNsRSXCjUr79Eg17s4mgK0U="
          + ":x5eagYsE75a/AOGa5S+aJlBNWDj7u47ruIEoYaG5tk8=";

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
  }

  public String hash(char[] password) {
    return pbkdf2.generate(password);
  }

  public boolean matches(char[] password, String hash) {
    return pbkdf2.verify(password, hash);
  }

  /** Costs what {@link #matches} costs, so an unknown account takes as long as a known one. */
  public void spendVerificationTime(char[] password) {
    pbkdf2.verify(password, DECOY);
  }
}
