package io.shoreline.portal.web.api.feedback;

import io.shoreline.portal.web.api.RequestBodies;
import io.shoreline.portal.web.api.feeds.FeedRowsResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A feedback request's body: at most PORTAL_API_MAX_FEEDBACK_KB (2 MB unless configured), JSON in
 * UTF-8, one object or an array of objects. Anything else is refused before an item is looked at.
 */
@ApplicationScoped
public class FeedbackBody {

  @Inject
  @ConfigProperty(name = "portal.api.max-feedback-kb", defaultValue = "2048")
  long kilobytes;

  List<JsonObject> objects(InputStream body, int maxItems) {
    JsonValue value = parse(RequestBodies.text(body, kilobytes * 1024));
    List<JsonValue> values =
        value.getValueType() == JsonValue.ValueType.ARRAY ? value.asJsonArray() : List.of(value);
    if (values.isEmpty()) {
      throw FeedRowsResource.refusal(400, "The array holds no item; nothing was stored.");
    }
    if (values.size() > maxItems) {
      throw FeedRowsResource.refusal(
          400, "At most " + maxItems + " items in one call; nothing was stored.");
    }
    if (values.stream().anyMatch(each -> each.getValueType() != JsonValue.ValueType.OBJECT)) {
      throw FeedRowsResource.refusal(
          400, "Send an object, or an array of objects; nothing was stored.");
    }
    return values.stream().map(JsonValue::asJsonObject).toList();
  }

  private static JsonValue parse(String text) {
    try (JsonParser parser = Json.createParser(new StringReader(text))) {
      parser.next();
      JsonValue value = parser.getValue();
      if (parser.hasNext()) {
        throw new JsonException("more after the value"); // a second document, or garbage
      }
      return value;
    } catch (RuntimeException e) {
      // JsonException, IllegalStateException, and Parsson's bare RuntimeException for nesting
      // deeper than its limit (1,000): from parsing bytes already read, nothing else is thrown
      throw FeedRowsResource.refusal(400, "The body is not JSON; nothing was stored.");
    }
  }
}
