package io.shoreline.portal.threads;

import java.util.Locale;
import java.util.regex.Pattern;

/** The name an upload keeps: never a path, never invisible characters, never too long. */
final class AttachmentNames {

  static final int MAX_LENGTH = 200;
  static final String FALLBACK = "attachment";

  /** Control characters, and format characters such as U+202E that make "gnp.exe" read ".png". */
  private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}]");

  private static final int MAX_EXTENSION_LENGTH = 16;

  private AttachmentNames() {}

  static String clean(String originalName) {
    String name = INVISIBLE.matcher(originalName == null ? "" : originalName).replaceAll("");
    // browsers on Windows send the full client path, with either separator
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
    if (name.chars().allMatch(c -> c == '.')) {
      return FALLBACK;
    }
    return name.length() > MAX_LENGTH ? shorten(name) : name;
  }

  /** The lower-cased part after the last dot, or "" when there is none. */
  static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** Cuts the base name, not the extension: the type must still show. */
  private static String shorten(String name) {
    String extension = extension(name);
    String suffix =
        extension.isEmpty() || extension.length() > MAX_EXTENSION_LENGTH
            ? ""
            : name.substring(name.length() - extension.length() - 1);
    int cut = MAX_LENGTH - suffix.length();
    if (Character.isHighSurrogate(name.charAt(cut - 1))) {
      cut--; // never half a character
    }
    return name.substring(0, cut).strip() + suffix;
  }
}
