package io.shoreline.portal.web.api.scim;

import io.shoreline.portal.provisioning.ScimException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SCIM's media type, request bodies read strictly, and If-Match versions. */
final class ScimMedia {

  static final String SCIM_JSON = "application/scim+json";
  private static final Pattern ETAG = Pattern.compile("^(?:W/)?\"(\\d{1,18})\"$");

  private ScimMedia() {}

  /** The body as a JSON object; anything else is invalidSyntax. */
  static JsonObject body(String text) {
    if (text == null || text.isBlank()) {
      throw ScimException.invalidSyntax("the request has no body");
    }
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      // JsonException, IllegalStateException, and Parsson's bare RuntimeException for nesting
      // deeper than its limit (1,000)
      throw ScimException.invalidSyntax("the body is no JSON object");
    }
  }

  /** The version an If-Match header names; none for no header or "*". */
  static OptionalLong ifMatch(String header) {
    if (header == null || header.isBlank() || header.strip().equals("*")) {
      return OptionalLong.empty();
    }
    Matcher version = ETAG.matcher(header.strip());
    if (!version.matches()) {
      // a tag this server never gave out matches nothing
      throw new ScimException(412, null, "If-Match " + header + " names no version");
    }
    return OptionalLong.of(Long.parseLong(version.group(1)));
  }

  /** A path id; anything but a number names no resource. */
  static long id(String text, String type) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw ScimException.notFound(type, text);
    }
  }
}
