package io.shoreline.portal.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A submission's text: strict UTF-8 (a wrong encoding fails instead of turning into U+FFFD), an
 * optional byte-order mark skipped, and the line being read counted for the report. It decodes
 * itself so that every character before a bad byte is delivered first: the failure then names the
 * line the bad byte is on.
 */
final class Utf8Input extends Reader {

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
  private boolean endOfInput;
  private boolean flushed;
  private boolean started;
  private CharacterCodingException failure;
  private long line = 1;

  Utf8Input(InputStream in) {
    this.in = in;
  }

  /** The line of the last character read (1 for the first line). */
  long line() {
    return line;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (failure != null) {
      throw failure;
    }
    if (flushed) {
      return -1; // a parser may ask again after the end; the decoder must not be called again
    }
    CharBuffer out = CharBuffer.wrap(buffer, offset, length);
    while (out.position() == offset) {
      CoderResult result = decoder.decode(bytes, out, endOfInput);
      if (result.isError()) {
        failure = new CharacterCodingException();
        if (out.position() == offset) {
          throw failure;
        }
        break;
      }
      if (result.isOverflow()) {
        break;
      }
      if (endOfInput) {
        decoder.flush(out);
        flushed = true;
        if (out.position() == offset) {
          return -1;
        }
        break;
      }
      fill();
    }
    int count = out.position() - offset;
    int kept = skipByteOrderMark(buffer, offset, count);
    // a read of nothing is no answer (only -1 ends the text): after a lone mark, read on
    return kept == 0 ? read(buffer, offset, length) : kept;
  }

  private void fill() throws IOException {
    bytes.compact();
    int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (read < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + read);
    }
    bytes.flip();
  }

  private int skipByteOrderMark(char[] buffer, int offset, int count) {
    if (!started && count > 0) {
      started = true;
      if (buffer[offset] == '\uFEFF') { // not part of the header's first name
        System.arraycopy(buffer, offset + 1, buffer, offset, count - 1);
        count--;
      }
    }
    for (int i = offset; i < offset + count; i++) {
      if (buffer[i] == '\n') {
        line++;
      }
    }
    return count;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Whether this failure (or one of its causes) is a wrong encoding. */
  static boolean isEncodingFailure(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof CharacterCodingException) {
        return true;
      }
    }
    return false;
  }
}
