package io.shoreline.portal.identity;

import java.util.Locale;

/** E-mail addresses as sign-in names: compared without case and surrounding blanks. */
public final class Emails {

  /** RFC 5321 limits a forward path to 254 characters. */
  public static final int MAX_LENGTH = 254;

  private Emails() {}

  public static String normalize(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }

  /** A plausible address: one "@" with text on both sides, no blanks, not too long. */
  public static boolean isPlausible(String email) {
    String normalized = normalize(email);
    int at = normalized.indexOf('@');
    return normalized.length() <= MAX_LENGTH
        && at > 0
        && at == normalized.lastIndexOf('@')
        && at < normalized.length() - 1
        && normalized.chars().noneMatch(Character::isWhitespace);
  }
}
