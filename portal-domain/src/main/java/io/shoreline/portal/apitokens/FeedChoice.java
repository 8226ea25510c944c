package io.shoreline.portal.apitokens;

/**
 * A feed a token may be given: its name, and whether the caller's side may let a token write it.
 */
public class FeedChoice {

  private final long id;
  private final String name;
  private final boolean writable;

  public FeedChoice(long id, String name, boolean writable) {
    this.id = id;
    this.name = name;
    this.writable = writable;
  }

  public long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  /** Whether the caller's side publishes the feed (only the publishing side writes it). */
  public boolean isWritable() {
    return writable;
  }
}
