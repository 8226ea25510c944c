package io.shoreline.bench;

import java.util.SplittableRandom;

/** Plausible sentences of call-centre business, from a fixed vocabulary. */
final class Text {

  private static final String[] SUBJECTS = {
    "The billing queue", "Our team in Lisbon", "The weekend shift", "The new script",
    "Average handle time", "The escalation path", "First-contact resolution", "The chat backlog",
    "Service level", "The quality review", "The returns process", "Onboarding of new agents"
  };
  private static final String[] VERBS = {
    "needs",
    "improved after",
    "was discussed in",
    "depends on",
    "is behind",
    "is ahead of",
    "should follow",
    "was blocked by",
    "is ready for",
    "suffered from"
  };
  private static final String[] OBJECTS = {
    "the Monday peak",
    "the last calibration session",
    "the updated knowledge base",
    "the holiday forecast",
    "the telephony outage",
    "the revised refund policy",
    "the customer survey",
    "the coaching plan",
    "the new CRM release",
    "the staffing plan"
  };
  static final String[] FIRST_NAMES = {
    "Amina", "Lucas", "Sofia", "Noah", "Chloé", "Mateo", "Lena", "Omar", "Inès", "Jonas", "Maya",
    "Hugo", "Yara", "Elias", "Nora", "Tomás", "Aisha", "Louis", "Mila", "Karim"
  };
  static final String[] LAST_NAMES = {
    "Haddad", "Martin", "Silva", "Dubois", "Novak", "Rossi", "Bernard", "Kowalski", "Moreau",
    "Fischer", "Costa", "Laurent", "Jansen", "Petit", "Meyer", "Garcia", "Nielsen", "Roux"
  };

  private Text() {}

  static String sentence(SplittableRandom random) {
    return pick(random, SUBJECTS) + " " + pick(random, VERBS) + " " + pick(random, OBJECTS) + ".";
  }

  static String sentences(SplittableRandom random, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(i == 0 ? "" : " ").append(sentence(random));
    }
    return text.toString();
  }

  static String personName(SplittableRandom random) {
    return pick(random, FIRST_NAMES) + " " + pick(random, LAST_NAMES);
  }

  static String pick(SplittableRandom random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  /** Markdown paragraphs as the portal renders them (no markup in generated text to escape). */
  static String html(String markdown) {
    return "<p>" + markdown.replace("\n\n", "</p>\n<p>") + "</p>";
  }
}
