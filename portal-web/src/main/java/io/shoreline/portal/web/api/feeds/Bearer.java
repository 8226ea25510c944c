package io.shoreline.portal.web.api.feeds;

/** The secret of an "Authorization: Bearer …" header, or null. */
public final class Bearer {

  private static final String SCHEME = "bearer ";

  private Bearer() {}

  public static String secret(String authorization) {
    if (authorization == null
        || authorization.length() <= SCHEME.length()
        || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return null;
    }
    return authorization.substring(SCHEME.length()).strip();
  }
}
