package io.shoreline.bench;

/** The volumes of issue 10 at scale 1, and how a total is shared among workspaces. */
final class Scale {

  static final long POSTS = 1_000_000;
  static final long VISITS = 50_000;
  static final long FEED_ROWS = 10_000_000;
  static final long ACKS = 100_000;
  static final long EXCHANGES = 20_000;

  private Scale() {}

  static long of(long full, double scale) {
    return Math.round(full * scale);
  }

  /** Workspace {@code index}'s part of {@code total}: even, the first ones take the remainder. */
  static long share(long total, int index, int parts) {
    return total / parts + (index < total % parts ? 1 : 0);
  }
}
