package io.shoreline.portal.provisioning;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What the SCIM documents share: schema URNs, attribute names without case, typed reads. */
final class ScimJson {

  static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
  static final String ENTERPRISE_USER =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

  private ScimJson() {}

  /**
   * The body's attributes by canonical name; an attribute the resource does not have is an
   * invalidSyntax (RFC 7644 3.12), and the schemas must name the resource's schema.
   */
  static Map<String, JsonValue> attributes(JsonObject body, String schema, Set<String> known) {
    JsonValue schemas = body.get("schemas");
    if (!(schemas instanceof JsonArray list)
        || list.stream()
            .noneMatch(urn -> urn instanceof JsonString s && s.getString().equals(schema))) {
      throw ScimException.invalidSyntax("schemas must contain " + schema);
    }
    Map<String, JsonValue> attributes = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (var entry : body.entrySet()) {
      String name = canonical(entry.getKey(), known);
      if (name == null) {
        throw ScimException.invalidSyntax("unknown attribute \"" + entry.getKey() + "\"");
      }
      attributes.put(name, entry.getValue());
    }
    return attributes;
  }

  static String canonical(String name, Set<String> known) {
    return known.stream().filter(k -> k.equalsIgnoreCase(name)).findFirst().orElse(null);
  }

  static String string(Map<String, JsonValue> attributes, String name) {
    return string(attributes.get(name), name);
  }

  static String string(JsonValue value, String name) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString text) {
      return text.getString();
    }
    throw ScimException.invalidValue(name + " must be a string");
  }

  static Boolean bool(JsonValue value, String name) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    // some providers send booleans as strings
    if (value instanceof JsonString text
        && Set.of("true", "false").contains(text.getString().toLowerCase(Locale.ROOT))) {
      return Boolean.parseBoolean(text.getString());
    }
    throw ScimException.invalidValue(name + " must be a boolean");
  }

  static JsonObject object(JsonValue value, String name) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonObject object) {
      return object;
    }
    throw ScimException.invalidValue(name + " must be an object");
  }

  static JsonArray array(JsonValue value, String name) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return JsonValue.EMPTY_JSON_ARRAY;
    }
    if (value instanceof JsonArray array) {
      return array;
    }
    throw ScimException.invalidValue(name + " must be an array");
  }

  /** meta: what the resource is, when it was made and changed, where, and its version. */
  static jakarta.json.JsonObjectBuilder meta(
      String type, Instant created, Instant modified, String location, long version) {
    return jakarta.json.Json.createObjectBuilder()
        .add("resourceType", type)
        .add("created", created.toString())
        .add("lastModified", modified.toString())
        .add("location", location)
        .add("version", etag(version));
  }

  static String etag(long version) {
    return "W/\"" + version + "\"";
  }
}
