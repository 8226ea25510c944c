package io.shoreline.portal.threads;

import io.shoreline.portal.platform.RuleViolation;

/** A thread's title: one line of text, shown escaped wherever it appears. */
final class Titles {

  private Titles() {}

  static String clean(String title) {
    String text = title == null ? "" : title.strip();
    if (text.isEmpty() || text.length() > Conversation.TITLE_LENGTH) {
      throw new RuleViolation("threads.titleLength", Conversation.TITLE_LENGTH);
    }
    if (text.chars().anyMatch(Character::isISOControl)) {
      throw new RuleViolation("threads.titleOneLine");
    }
    return text;
  }
}
