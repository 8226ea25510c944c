package io.shoreline.portal.web.api;

import io.shoreline.portal.web.api.feeds.FeedRowsResource;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A request body read as the APIs that parse JSON themselves must: no more than a limit (read that
 * far and no further: 413), and UTF-8 only (RFC 8259 8.1), strictly — a bad byte is a 400, never a
 * U+FFFD stored in its place.
 */
public final class RequestBodies {

  private RequestBodies() {}

  public static String text(InputStream body, long limitBytes) {
    byte[] bytes = read(body, limitBytes);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw FeedRowsResource.refusal(400, "The body is not UTF-8 text; nothing was stored.");
    }
  }

  private static byte[] read(InputStream body, long limitBytes) {
    try {
      byte[] bytes = body == null ? new byte[0] : body.readNBytes((int) limitBytes + 1);
      if (bytes.length > limitBytes) {
        throw new WebApplicationException(
            FeedRowsResource.refusal(
                    413,
                    "The body is larger than " + limitBytes / 1024 + " KB; nothing was stored.")
                .getResponse());
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
