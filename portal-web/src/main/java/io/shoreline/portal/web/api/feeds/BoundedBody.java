package io.shoreline.portal.web.api.feeds;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that stops as soon as more than {@code limit} bytes came in: for a chunked body,
 * whose length nobody announced, the limit is found while streaming, and the rest is never read.
 */
final class BoundedBody extends FilterInputStream {

  /** Thrown by a read past the limit; the submission rolls back (413). */
  static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit) {
      super("request body over " + limit + " bytes");
    }
  }

  private final long limit;
  private long count;
  private boolean exceeded;

  BoundedBody(InputStream body, long limit) {
    super(body);
    this.limit = limit;
  }

  /** Whether a read went past the limit (also if a parser swallowed the exception). */
  boolean exceeded() {
    return exceeded;
  }

  @Override
  public int read() throws IOException {
    refuseOnceOver();
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    refuseOnceOver();
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    refuseOnceOver();
    long skipped = super.skip(n);
    counted(skipped);
    return skipped;
  }

  /** Past the limit, not one more byte is read, whoever asks. */
  private void refuseOnceOver() {
    if (exceeded) {
      throw new TooLarge(limit);
    }
  }

  private void counted(long n) {
    count += n;
    if (count > limit) {
      exceeded = true;
      throw new TooLarge(limit);
    }
  }
}
