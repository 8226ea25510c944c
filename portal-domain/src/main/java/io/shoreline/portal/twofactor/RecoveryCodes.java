package io.shoreline.portal.twofactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Recovery codes: ten per enrolment, each 24 characters of the Base32 alphabet (120 random bits),
 * shown as "abcd-efgh-ijkl-mnop-qrst-uvwx" once and stored only as a SHA-256 hash.
 *
 * <p>Why SHA-256 and not PBKDF2 like passwords: a slow hash protects guessable secrets; 120 random
 * bits cannot be guessed from a leaked hash even at a fast hash's speed (ASVS 5.0 6.5.2 allows a
 * standard hash from 112 bits on). A fast hash also lets sign-in find the code by its hash in one
 * query instead of verifying ten slow hashes (about 1.5 s) on every attempt. The account id is
 * hashed with the code, so equal hashes never link two accounts.
 */
public final class RecoveryCodes {

  public static final int COUNT = 10;
  private static final int LENGTH = 24;
  private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private RecoveryCodes() {}

  /** Ten new codes, as shown to the person. */
  public static List<String> generate() {
    return Stream.generate(RecoveryCodes::one).limit(COUNT).toList();
  }

  private static String one() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < LENGTH; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return code.toString();
  }

  /**
   * Whether typed text has the shape of a recovery code (a 6-digit authenticator code does not).
   */
  public static boolean looksLikeOne(String typed) {
    return normalize(typed).matches("[a-z2-7]{" + LENGTH + "}");
  }

  /** The hash stored for a code of this account; spaces, dashes and case do not matter. */
  public static String hash(long accountId, String code) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] hash =
          digest.digest((accountId + ":" + normalize(code)).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  static String normalize(String typed) {
    return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
  }
}
