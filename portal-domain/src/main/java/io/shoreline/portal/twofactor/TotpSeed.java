package io.shoreline.portal.twofactor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.apache.commons.codec.binary.Base32;

/**
 * An authenticator's shared secret: 20 random bytes (160 bits, the HMAC-SHA1 key size RFC 4226
 * recommends), written in Base32 for people and apps, as every authenticator app expects.
 */
public record TotpSeed(byte[] key) {

  public static final String ISSUER = "Shoreline";
  private static final int BYTES = 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  public TotpSeed {
    key = key.clone();
  }

  public static TotpSeed random() {
    byte[] key = new byte[BYTES];
    RANDOM.nextBytes(key);
    return new TotpSeed(key);
  }

  /** Reads a seed written by {@link #base32()}; spaces and lower case are allowed. */
  public static TotpSeed fromBase32(String text) {
    String clean = text.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
    if (!new Base32().isInAlphabet(clean) || clean.isEmpty()) {
      throw new IllegalArgumentException("not a Base32 seed");
    }
    return new TotpSeed(new Base32().decode(clean));
  }

  @Override
  public byte[] key() {
    return key.clone();
  }

  /** The seed in Base32 without padding, e.g. "JBSWY3DPEHPK3PXP...". */
  public String base32() {
    return new Base32().encodeToString(key).replace("=", "");
  }

  /** The seed in groups of four, easier to type into an app by hand. */
  public String grouped() {
    return base32().replaceAll("(.{4})(?!$)", "$1 ");
  }

  /**
   * The otpauth:// URI of Google Authenticator's key URI format, which the QR code carries: label
   * "Shoreline:e-mail", issuer Shoreline, SHA1, 6 digits, 30 s.
   */
  public String otpauthUri(String email) {
    String label = encode(ISSUER) + ":" + encode(email);
    return "otpauth://totp/"
        + label
        + "?secret="
        + base32()
        + "&issuer="
        + encode(ISSUER)
        + "&algorithm=SHA1&digits="
        + Totp.DIGITS
        + "&period="
        + Totp.STEP_SECONDS;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TotpSeed seed && java.util.Arrays.equals(key, seed.key);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(key);
  }

  @Override
  public String toString() {
    return "TotpSeed[hidden]";
  }
}
