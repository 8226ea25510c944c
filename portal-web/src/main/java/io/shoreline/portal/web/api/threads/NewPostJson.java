package io.shoreline.portal.web.api.threads;

import io.shoreline.portal.web.api.RequestBodies;
import io.shoreline.portal.web.api.feeds.FeedRowsResource;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.WebApplicationException;
import java.io.InputStream;
import java.io.StringReader;

/**
 * A post's JSON body read strictly, where JSON-B was lenient: strict UTF-8 (no U+FFFD for a bad
 * byte), one JSON object and nothing after it, {@code markdown} a string and {@code replyToSeq} a
 * whole number (1.5 was read as 1). Anything else is a 400 with the API's error body.
 */
final class NewPostJson {

  /**
   * The container refuses a larger request body already (its max-post-size, 2 MB, cuts the
   * connection); read no further than that should it change. A post holds 20,000 characters.
   */
  static final long MAX_BODY_BYTES = 2L * 1024 * 1024;

  private NewPostJson() {}

  static NewPostDto read(InputStream body) {
    JsonObject object = object(RequestBodies.text(body, MAX_BODY_BYTES));
    JsonValue markdown = object.getOrDefault("markdown", JsonValue.NULL);
    JsonValue reply = object.getOrDefault("replyToSeq", JsonValue.NULL);
    if (markdown.getValueType() != JsonValue.ValueType.STRING
        && markdown.getValueType() != JsonValue.ValueType.NULL) {
      throw refused("markdown is a string.");
    }
    Integer replyToSeq = null;
    if (reply.getValueType() == JsonValue.ValueType.NUMBER) {
      JsonNumber number = (JsonNumber) reply;
      // 1.5 and 1e999999 are no post's number (and the latter is never expanded)
      if (!number.isIntegral() || number.bigDecimalValue().precision() > 10) {
        throw refused("replyToSeq is a post's number.");
      }
      try {
        replyToSeq = number.intValueExact();
      } catch (ArithmeticException e) {
        throw refused("replyToSeq is a post's number.");
      }
    } else if (reply.getValueType() != JsonValue.ValueType.NULL) {
      throw refused("replyToSeq is a post's number.");
    }
    String text =
        markdown.getValueType() == JsonValue.ValueType.STRING ? object.getString("markdown") : null;
    return new NewPostDto(text, replyToSeq);
  }

  private static JsonObject object(String text) {
    try (JsonParser parser = Json.createParser(new StringReader(text))) {
      if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
        throw refused("Send a JSON object; nothing was stored.");
      }
      JsonObject object = parser.getObject();
      if (parser.hasNext()) {
        throw refused("Send one JSON object and nothing after it; nothing was stored.");
      }
      return object;
    } catch (WebApplicationException e) {
      throw e;
    } catch (RuntimeException e) {
      // JsonException, and Parsson's bare RuntimeException for nesting deeper than its limit
      throw refused("The body is not valid JSON; nothing was stored.");
    }
  }

  private static WebApplicationException refused(String message) {
    return FeedRowsResource.refusal(400, message);
  }
}
