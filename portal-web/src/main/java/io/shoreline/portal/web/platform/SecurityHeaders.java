package io.shoreline.portal.web.platform;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Security headers for every response. The policy names every fetch directive but script-src and
 * has no default-src: on Faces pages PrimeFaces sends a second policy, script-src 'self' with a
 * per-request nonce, and browsers enforce both. A default-src here would forbid those nonced inline
 * scripts.
 */
public final class SecurityHeaders {

  static final String POLICY =
      "connect-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
          + " font-src 'self' data:; media-src 'self'; object-src 'none'; frame-src 'none';"
          + " worker-src 'self'; manifest-src 'self'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'none'";

  private SecurityHeaders() {}

  public static void addTo(HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  }
}
