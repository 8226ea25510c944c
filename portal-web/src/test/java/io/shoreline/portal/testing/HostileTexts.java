package io.shoreline.portal.testing;

import io.shoreline.portal.platform.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The texts of one field of a hostile-input test: the corpus's payloads a service stored (it may
 * refuse some by a rule, a title too long, markup in a bulletin's title) and, for the baseline, as
 * many harmless texts in the same places.
 */
public final class HostileTexts {

  private final List<String> stored;
  private final List<String> refused;

  private HostileTexts(List<String> stored, List<String> refused) {
    this.stored = stored;
    this.refused = refused;
  }

  /** Writes each payload of the corpus; a refusal by rule is a fine answer, stored is the rest. */
  public static HostileTexts write(Consumer<String> writer) {
    return write(XssPayloads.all(), writer);
  }

  public static HostileTexts write(List<String> payloads, Consumer<String> writer) {
    List<String> stored = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (String payload : payloads) {
      try {
        writer.accept(payload);
        stored.add(payload);
      } catch (RuleViolation refusal) {
        refused.add(payload); // refused with a message: the field never holds this payload
      }
    }
    return new HostileTexts(stored, refused);
  }

  /** Harmless texts, "Plain words 1" and on: what a baseline page shows in the payloads' place. */
  public static List<String> harmless(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(n -> "Plain words " + n).toList();
  }

  /**
   * Whether the payload is longer than the limit, or (names being unique whatever their case) one
   * of the payloads written before it says the same but for case.
   */
  /** The text with each control character but tab and line breaks made a space. */
  public static String withoutControlCharacters(String text) {
    return text.replaceAll("[\\p{Cc}&&[^\\t\\n\\r]]", " ");
  }

  public static boolean tooLongOrTaken(String payload, int limit) {
    List<String> all = XssPayloads.all();
    return payload.strip().length() > limit
        || all.subList(0, all.indexOf(payload)).stream().anyMatch(payload::equalsIgnoreCase);
  }

  /** Whether the text holds a control character (a line break, a tab, U+0000). */
  public static boolean hasControlCharacter(String text) {
    return text.chars().anyMatch(Character::isISOControl);
  }

  /** The payloads the field holds, in the order they were written. */
  public List<String> stored() {
    return stored;
  }

  /** The payloads the field refused. */
  public List<String> refused() {
    return refused;
  }

  /** One harmless text for each stored payload: for a baseline page showing them all. */
  public List<String> harmless() {
    return harmless(stored.size());
  }

  /** Writes one harmless text for each stored payload with the writer (all must be stored). */
  public void writeHarmless(Consumer<String> writer) {
    harmless().forEach(writer);
  }
}
