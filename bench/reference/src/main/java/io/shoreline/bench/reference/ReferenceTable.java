package io.shoreline.bench.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The rows of table.xhtml: 50 fixed messages made once, so that a request costs only Faces and
 * PrimeFaces rendering them, as a thread page's 50 posts would without their database reads.
 */
@Named
@ApplicationScoped
public class ReferenceTable {

  static final int ROWS = 50;
  private static final Instant FIRST = Instant.parse("2026-12-01T08:00:00Z");
  private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  private static final String SENTENCE =
      "The vendor's team reviewed yesterday's queue figures with the client's quality lead. ";

  private final List<Message> messages =
      IntStream.range(0, ROWS).mapToObj(ReferenceTable::message).toList();

  public List<Message> getMessages() {
    return messages;
  }

  /** Formats a time on every render, as the portal's Dates.format does for each post. */
  public String format(Instant instant) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(Locale.ENGLISH)
            .format(instant.atZone(ZONE))
        + " ("
        + ZONE.getId()
        + ")";
  }

  private static Message message(int index) {
    String author = "Agent " + (index % 12 + 1) + " (Atlas Contact)";
    Instant time = FIRST.plus(Duration.ofMinutes(17L * index));
    return new Message(author, time, text(index));
  }

  /** About 300 characters, different in each row. */
  private static String text(int index) {
    String text = "Message " + (index + 1) + ". " + SENTENCE.repeat(4);
    return text.substring(0, 300);
  }
}
