package io.shoreline.portal.apitokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A token's secret: "shl_" and 32 random bytes in base64url (256 bits), so a plain SHA-256 of it is
 * a safe lookup key (no salt or slow hash needed: nothing to guess). Only the hash and a short
 * display prefix are stored.
 */
public final class TokenSecret {

  static final String PREFIX = "shl_";
  private static final int RANDOM_BYTES = 32;
  private static final int DISPLAY_CHARS = 6;
  private static final Pattern FORMAT = Pattern.compile("shl_[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String secret;

  private TokenSecret(String secret) {
    this.secret = secret;
  }

  public static TokenSecret generate() {
    byte[] random = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(random);
    return new TokenSecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random));
  }

  /** A presented secret, if it has the format of one (anything else matches no token). */
  public static Optional<TokenSecret> parse(String presented) {
    return Optional.ofNullable(presented)
        .map(String::strip)
        .filter(text -> FORMAT.matcher(text).matches())
        .map(TokenSecret::new);
  }

  /** The lookup key: SHA-256, hex. */
  public String hash() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** "shl_AbC12x": enough to recognise a token in a list, far too little to use it. */
  public String displayPrefix() {
    return secret.substring(0, PREFIX.length() + DISPLAY_CHARS);
  }

  /** The secret itself, to show once. */
  public String reveal() {
    return secret;
  }

  @Override
  public String toString() {
    return displayPrefix() + "…"; // never the secret, should it end up in a log
  }
}
