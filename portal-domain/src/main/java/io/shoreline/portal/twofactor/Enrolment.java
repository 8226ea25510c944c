package io.shoreline.portal.twofactor;

/**
 * An authenticator being set up: its secret for typing by hand (Base32, in groups of four) and the
 * otpauth:// URI its QR code carries.
 */
public record Enrolment(String secret, String otpauthUri) {

  /** For Faces views, which cannot call record accessors. */
  public String getSecret() {
    return secret;
  }
}
