package io.shoreline.portal.threads;

import io.shoreline.portal.identity.Emails;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** "@" and an e-mail address, as the post editor's autocompletion writes it. */
final class Mentions {

  /**
   * Not after a letter, digit, "_" or "." (so a plain address is no mention of its domain part);
   * the address ends on its top-level domain, so trailing punctuation is left outside.
   */
  private static final Pattern MENTION =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_.])@([\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*"
              + "\\.\\p{L}{2,})(?![\\p{L}\\p{N}_@-])");

  private Mentions() {}

  /** The mentions in one piece of text, in order. */
  static Stream<MatchResult> in(String text) {
    return MENTION.matcher(text).results();
  }

  /** The address a mention names, normalized like a sign-in name. */
  static String email(MatchResult mention) {
    return Emails.normalize(mention.group(1));
  }
}
