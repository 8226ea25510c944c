package io.shoreline.bench.reference;

import java.time.Instant;

/** One row of the reference table: what a thread page shows of a post. */
public final class Message {

  private final String author;
  private final Instant time;
  private final String text;

  Message(String author, Instant time, String text) {
    this.author = author;
    this.time = time;
    this.text = text;
  }

  // getters, not a record: Jakarta EL 5 (Jakarta EE 10) reads only bean properties

  public String getAuthor() {
    return author;
  }

  public Instant getTime() {
    return time;
  }

  public String getText() {
    return text;
  }
}
