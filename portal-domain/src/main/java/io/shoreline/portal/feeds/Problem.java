package io.shoreline.portal.feeds;

import java.util.regex.Pattern;

/**
 * One reason a submission was refused: where (the CSV line or the JSON object's number, 0 for the
 * submission as a whole), which column (or null), a reason code and its argument. The web module
 * words {@code code} from its bundles ({@code feeds.problem.<code>}); {@link #describe()} is the
 * English wording the API returns.
 */
public record Problem(long row, String column, String code, String argument) {

  /** The longest piece of a submission a report repeats (a bad cell, an unknown column's name). */
  static final int MAX_ECHO = 200;

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cs}\\x{FFFE}\\x{FFFF}]");

  /**
   * What the submission said, as a report may repeat it: control characters (a NUL cannot travel in
   * a page's XML) shown as U+FFFD, and cut short, so that a megabyte cell is not sent back whole.
   */
  public Problem {
    column = echo(column);
    argument = echo(argument);
  }

  private static String echo(String text) {
    if (text == null) {
      return null;
    }
    String shown = text;
    if (text.length() > MAX_ECHO) {
      int cut = Character.isHighSurrogate(text.charAt(MAX_ECHO - 1)) ? MAX_ECHO - 1 : MAX_ECHO;
      shown = text.substring(0, cut) + "\u2026"; // never half a character
    }
    return CONTROL.matcher(shown).replaceAll("\uFFFD");
  }

  public String describe() {
    String arg = argument == null ? "" : argument;
    return switch (code) {
      case "encoding" -> "not valid UTF-8 text";
      case "quoting" -> "malformed quoting: " + arg;
      case "json" -> "malformed JSON: " + arg;
      case "headerMissing" -> "column missing from the header";
      case "headerUnknown" -> "column not defined for this feed";
      case "headerDuplicate" -> "column named twice in the header";
      case "cellCount" -> "expected " + arg + " cells";
      case "required" -> "a value is required";
      case "tooLong" -> "longer than " + arg + " characters";
      case "control" ->
          "holds a control character (such as NUL or ESC) or a character no text may hold";
      case "integer" -> "not a whole number in the 64-bit range: " + arg;
      case "decimal" -> "not a decimal number: " + arg;
      case "decimalScale" -> "more than " + arg + " digits after the decimal point";
      case "decimalPrecision" -> "more than " + arg + " digits in all";
      case "date" -> "not a date (yyyy-MM-dd): " + arg;
      case "timestamp" -> "not a timestamp with offset (e.g. 2026-03-01T09:00:00+01:00): " + arg;
      case "boolean" -> "neither true nor false: " + arg;
      case "enum" -> "not one of: " + arg;
      case "keyDuplicate" -> "same key as line " + arg;
      case "keyRepeated" -> "same key as an earlier line";
      case "keyTooLong" -> "key longer than " + arg + " characters";
      case "empty" -> "no rows";
      case "idempotencyKey" -> "idempotency key longer than 100 characters";
      default -> code;
    };
  }
}
