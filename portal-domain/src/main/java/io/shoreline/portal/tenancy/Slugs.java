package io.shoreline.portal.tenancy;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL slugs of organizations: lower-case letters, digits and single hyphens, 3 to 64 long. */
public final class Slugs {

  private static final Pattern VALID = Pattern.compile("[a-z0-9](?:-?[a-z0-9]){2,63}");

  private Slugs() {}

  public static boolean isValid(String slug) {
    return slug != null && slug.length() <= 64 && VALID.matcher(slug).matches();
  }

  /** A suggestion from a company name: "Société Générale" becomes "societe-generale". */
  public static String suggest(String name) {
    String ascii =
        Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    return ascii.length() > 64 ? ascii.substring(0, 64).replaceAll("-+$", "") : ascii;
  }
}
