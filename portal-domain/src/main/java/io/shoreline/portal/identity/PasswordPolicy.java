package io.shoreline.portal.identity;

import io.shoreline.portal.platform.RuleViolation;

/**
 * What a new password must be (OWASP ASVS 2.1): at least 12 characters, at most 128, and not only
 * blanks. No composition rules: length is what makes a password strong.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private PasswordPolicy() {}

  public static void check(char[] password) {
    if (password == null || password.length < MIN_LENGTH || password.length > MAX_LENGTH) {
      throw new RuleViolation("password.length", MIN_LENGTH, MAX_LENGTH);
    }
    if (new String(password).isBlank()) {
      throw new RuleViolation("password.blank");
    }
  }
}
