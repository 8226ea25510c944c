package io.shoreline.portal.twofactor;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as authenticator apps make them (RFC 6238 with RFC 4226's dynamic
 * truncation): HMAC-SHA1, 30-second steps counted from the Unix epoch, 6 digits. A code is accepted
 * for the step before and after the current one too (clocks drift), but only for a step later than
 * the last one accepted, so the same code never works twice.
 */
public final class Totp {

  public static final int DIGITS = 6;
  public static final long STEP_SECONDS = 30;

  /** Steps either side of the current one whose codes still count. */
  static final int WINDOW = 1;

  private static final int[] POWERS_OF_TEN = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000
  };

  private Totp() {}

  /** The step an instant falls in. */
  public static long stepAt(Instant instant) {
    return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
  }

  /** The code of a step, zero-padded to {@code digits} (6 for apps; RFC 6238 lists 8). */
  public static String code(byte[] key, long step, int digits) {
    if (digits < 1 || digits >= POWERS_OF_TEN.length) {
      throw new IllegalArgumentException("digits must be 1 to 8");
    }
    byte[] hash = hmacSha1(key, ByteBuffer.allocate(Long.BYTES).putLong(step).array());
    int offset = hash[hash.length - 1] & 0x0f;
    int binary =
        ((hash[offset] & 0x7f) << 24)
            | ((hash[offset + 1] & 0xff) << 16)
            | ((hash[offset + 2] & 0xff) << 8)
            | (hash[offset + 3] & 0xff);
    String code = Integer.toString(binary % POWERS_OF_TEN[digits]);
    return "0".repeat(digits - code.length()) + code;
  }

  /**
   * The step of a 6-digit code typed now, among the current step and its neighbours, if it is later
   * than {@code lastAcceptedStep}; empty for a wrong, stale or replayed code.
   */
  public static OptionalLong acceptedStep(
      byte[] key, String typed, Instant now, long lastAcceptedStep) {
    String code = typed == null ? "" : typed.replaceAll("\\s", "");
    if (!code.matches("\\d{" + DIGITS + "}")) {
      return OptionalLong.empty();
    }
    long current = stepAt(now);
    OptionalLong accepted = OptionalLong.empty();
    for (long step = current - WINDOW; step <= current + WINDOW; step++) {
      // every step of the window is computed and compared in constant time: no early exit
      boolean matches = MessageDigest.isEqual(code(key, step, DIGITS).getBytes(), code.getBytes());
      if (matches && step > lastAcceptedStep && accepted.isEmpty()) {
        accepted = OptionalLong.of(step);
      }
    }
    return accepted;
  }

  private static byte[] hmacSha1(byte[] key, byte[] message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
    }
  }
}
