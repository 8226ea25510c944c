package io.shoreline.portal.provisioning;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 7644 3.5.2 PATCH applied to a resource's JSON: add, replace and remove, with a path ({@code
 * attr}, {@code attr.sub}, {@code attr[filter]}, {@code attr[filter].sub}) or without one (the
 * value's attributes, which may be dotted, as some providers send them). The result is then taken
 * as a whole, as a PUT is, so one set of rules checks both.
 */
final class ScimPatch {

  /** The patched resource, and the top-level attributes the operations named. */
  record Result(JsonObject resource, Set<String> touched) {}

  private static final Pattern PATH =
      Pattern.compile("^([A-Za-z$][\\w$-]*)(?:\\[(.+)])?(?:\\.([A-Za-z$][\\w$-]*))?$");
  private static final Set<String> ELEMENT_ATTRIBUTES =
      Set.of("value", "type", "primary", "display");

  private final Map<String, JsonValue> document = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final Set<String> attributes;
  private final Set<String> readOnly;
  private final Set<String> touched = new HashSet<>();

  private ScimPatch(JsonObject resource, Set<String> attributes, Set<String> readOnly) {
    document.putAll(resource);
    this.attributes = attributes;
    this.readOnly = readOnly;
  }

  static Result apply(
      JsonObject resource, JsonObject request, Set<String> attributes, Set<String> readOnly) {
    JsonValue schemas = request.get("schemas");
    if (!(schemas instanceof JsonArray list)
        || list.stream()
            .noneMatch(
                urn -> urn instanceof JsonString s && s.getString().equals(ScimJson.PATCH_OP))) {
      throw ScimException.invalidSyntax("schemas must contain " + ScimJson.PATCH_OP);
    }
    JsonValue operations = request.get("Operations");
    if (!(operations instanceof JsonArray ops) || ops.isEmpty()) {
      throw ScimException.invalidSyntax("Operations must be a list of operations");
    }
    ScimPatch patch = new ScimPatch(resource, attributes, readOnly);
    for (JsonValue operation : ops) {
      patch.operation(ScimJson.object(operation, "Operations"));
    }
    JsonObjectBuilder result = Json.createObjectBuilder();
    patch.document.forEach(result::add);
    return new Result(result.build(), patch.touched);
  }

  private void operation(JsonObject operation) {
    String given = ScimJson.string(operation.get("op"), "op");
    String op = given == null ? "" : given.toLowerCase(Locale.ROOT);
    if (!Set.of("add", "replace", "remove").contains(op)) {
      throw ScimException.invalidSyntax("op must be add, replace or remove");
    }
    String path = ScimJson.string(operation.get("path"), "path");
    JsonValue value = operation.get("value");
    if (path != null) {
      at(op, path, value);
    } else if (op.equals("remove")) {
      throw new ScimException(400, "noTarget", "remove needs a path");
    } else {
      JsonObject values = ScimJson.object(value, "value");
      if (values == null) {
        throw ScimException.invalidValue("an operation without a path needs an object value");
      }
      values.forEach((name, each) -> at(op, name, each));
    }
  }

  private void at(String op, String path, JsonValue value) {
    Matcher parts = PATH.matcher(path.strip());
    if (!parts.matches()) {
      throw new ScimException(400, "invalidPath", "\"" + path + "\" is no path");
    }
    String attribute = ScimJson.canonical(parts.group(1), attributes);
    if (attribute == null) {
      throw new ScimException(400, "invalidPath", "no attribute \"" + parts.group(1) + "\"");
    }
    if (readOnly.contains(attribute)) {
      throw ScimException.mutability(attribute + " is read-only");
    }
    touched.add(attribute);
    if (parts.group(2) != null) {
      inElements(
          op,
          attribute,
          ScimFilter.parse(parts.group(2), ELEMENT_ATTRIBUTES),
          parts.group(3),
          value);
    } else if (parts.group(3) != null) {
      JsonObject current = ScimJson.object(document.get(attribute), attribute);
      document.put(attribute, set(current, parts.group(3), op, value));
    } else {
      whole(op, attribute, value);
    }
  }

  private void whole(String op, String attribute, JsonValue value) {
    JsonValue current = document.get(attribute);
    if (op.equals("remove")) {
      if (current instanceof JsonArray elements && value instanceof JsonArray gone) {
        document.put(attribute, without(elements, gone)); // Azure's "remove these members"
      } else {
        document.remove(attribute);
      }
    } else if (op.equals("add") && current instanceof JsonArray elements) {
      document.put(attribute, with(elements, value));
    } else if (value == null) {
      throw ScimException.invalidValue(op + " of " + attribute + " needs a value");
    } else {
      document.put(attribute, value);
    }
  }

  private void inElements(
      String op, String attribute, ScimFilter filter, String sub, JsonValue value) {
    JsonArray elements = ScimJson.array(document.get(attribute), attribute);
    JsonArrayBuilder result = Json.createArrayBuilder();
    boolean matched = false;
    for (JsonValue element : elements) {
      JsonObject object = ScimJson.object(element, attribute);
      if (!matches(filter, object)) {
        result.add(element);
        continue;
      }
      matched = true;
      if (sub != null) {
        result.add(set(object, sub, op, value));
      } else if (!op.equals("remove")) {
        result.add(merged(object, ScimJson.object(value, attribute)));
      }
    }
    if (!matched) {
      throw new ScimException(400, "noTarget", "no " + attribute + " matches the path's filter");
    }
    document.put(attribute, result.build());
  }

  private static JsonObject set(JsonObject current, String sub, String op, JsonValue value) {
    JsonObjectBuilder builder =
        current == null ? Json.createObjectBuilder() : Json.createObjectBuilder(current);
    String key =
        current == null
            ? sub
            : current.keySet().stream()
                .filter(k -> k.equalsIgnoreCase(sub))
                .findFirst()
                .orElse(sub);
    if (op.equals("remove")) {
      builder.remove(key);
    } else if (value == null) {
      throw ScimException.invalidValue(op + " of " + sub + " needs a value");
    } else {
      builder.add(key, value);
    }
    return builder.build();
  }

  private static JsonObject merged(JsonObject element, JsonObject value) {
    JsonObjectBuilder builder = Json.createObjectBuilder(element);
    if (value != null) {
      value.forEach(builder::add);
    }
    return builder.build();
  }

  /** The elements, and the added ones whose "value" is not among them yet. */
  private static JsonArray with(JsonArray elements, JsonValue added) {
    List<JsonValue> all = new ArrayList<>(elements);
    Set<String> values = valuesOf(elements);
    JsonArray adding =
        added instanceof JsonArray many ? many : Json.createArrayBuilder().add(added).build();
    for (JsonValue element : adding) {
      String value = valueOf(element);
      if (value == null || values.add(value)) {
        all.add(element);
      }
    }
    return Json.createArrayBuilder(all).build();
  }

  private static JsonArray without(JsonArray elements, JsonArray gone) {
    Set<String> removed = valuesOf(gone);
    JsonArrayBuilder kept = Json.createArrayBuilder();
    elements.stream().filter(element -> !removed.contains(valueOf(element))).forEach(kept::add);
    return kept.build();
  }

  private static Set<String> valuesOf(JsonArray elements) {
    Set<String> values = new HashSet<>();
    elements.forEach(element -> values.add(valueOf(element)));
    return values;
  }

  private static String valueOf(JsonValue element) {
    return element instanceof JsonObject object && object.get("value") instanceof JsonString text
        ? text.getString()
        : null;
  }

  private static boolean matches(ScimFilter filter, JsonObject element) {
    if (filter instanceof ScimFilter.And and) {
      return matches(and.left(), element) && matches(and.right(), element);
    }
    if (filter instanceof ScimFilter.Or or) {
      return matches(or.left(), element) || matches(or.right(), element);
    }
    ScimFilter.Eq eq = (ScimFilter.Eq) filter;
    JsonValue actual =
        element.entrySet().stream()
            .filter(entry -> entry.getKey().equalsIgnoreCase(eq.attribute()))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElse(null);
    if (eq.value() instanceof Boolean flag) {
      return flag ? actual == JsonValue.TRUE : actual == JsonValue.FALSE;
    }
    return actual instanceof JsonString text
        && text.getString().equalsIgnoreCase((String) eq.value());
  }
}
