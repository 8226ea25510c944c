package io.shoreline.portal.web.corpora;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The hostile JSON corpus: bodies no endpoint may take (malformed, or not the shape any endpoint
 * reads), each refused with a JSON error and nothing stored; and per endpoint, well-formed bodies
 * of the wrong types or values. The huge ones are made at run time by JsonLimitsIT.
 */
final class JsonBodies {

  /** Where a body goes. */
  enum Endpoint {
    FEED_ROWS,
    FEEDBACK,
    THREAD_POSTS,
    SCIM_USERS,
    SCIM_GROUPS
  }

  /** A body, and the status each endpoint must answer it with. */
  record Body(String name, byte[] bytes, Map<Endpoint, Integer> status) {

    @Override
    public String toString() {
      return name;
    }
  }

  static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";

  private JsonBodies() {}

  /** Malformed or shapeless bodies: 400 everywhere unless an endpoint is named otherwise. */
  static List<Body> malformed() {
    List<Body> bodies = new ArrayList<>();
    malformed(bodies, "empty", "");
    malformed(bodies, "whitespace only", " \r\n\t ");
    malformed(bodies, "truncated object", "{\"markdown\":");
    malformed(bodies, "truncated array", "[{\"date\":\"2026-03-01\",");
    malformed(bodies, "truncated string", "{\"markdown\":\"abc");
    malformed(bodies, "trailing comma in object", "{\"markdown\":\"a\",}");
    malformed(bodies, "trailing comma in array", "[{\"date\":\"2026-03-01\"},]");
    malformed(bodies, "block comment", "/* note */ {\"markdown\":\"a\"}");
    malformed(bodies, "line comment", "// note\n{\"markdown\":\"a\"}");
    malformed(bodies, "single quotes", "{'markdown':'a'}");
    malformed(bodies, "unquoted key", "{markdown:\"a\"}");
    malformed(bodies, "NaN", "{\"markdown\":NaN}");
    malformed(bodies, "Infinity", "[{\"offered\":Infinity}]");
    malformed(bodies, "undefined", "{\"markdown\":undefined}");
    malformed(bodies, "hex number", "{\"replyToSeq\":0x10}");
    malformed(bodies, "leading zero", "{\"replyToSeq\":01}");
    malformed(bodies, "plus sign", "{\"replyToSeq\":+1}");
    malformed(bodies, "raw control character", "{\"markdown\":\"a\u0001b\"}");
    malformed(bodies, "raw newline in string", "{\"markdown\":\"a\nb\"}");
    malformed(bodies, "bad escape", "{\"markdown\":\"\\x41\"}");
    malformed(bodies, "short unicode escape", "{\"markdown\":\"\\u12\"}");
    malformed(bodies, "two documents", "{\"markdown\":\"a\"}{\"markdown\":\"b\"}");
    malformed(bodies, "garbage after", "{\"markdown\":\"a\"} x");
    malformed(bodies, "byte-order mark and truncated", "\uFEFF{\"markdown\":");
    malformed(bodies, "XML", "<?xml version=\"1.0\"?><post>a</post>");
    malformed(bodies, "form encoded", "markdown=a&replyToSeq=1");
    malformed(bodies, "10,000 nested arrays", "[".repeat(10_000) + "]".repeat(10_000));
    malformed(bodies, "10,000 nested arrays unclosed", "[".repeat(10_000));
    malformed(bodies, "10,000 nested objects", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000));
    malformed(bodies, "null", "null");
    malformed(bodies, "a string", "\"markdown\"");
    malformed(bodies, "a number", "42");
    malformed(bodies, "true", "true");
    add(bodies, "empty array", "[]", except(400, Endpoint.FEED_ROWS, 422));
    add(bodies, "array of numbers", "[1,2,3]", except(400));
    add(bodies, "array of arrays", "[[\"2026-03-01\",\"Billing\",1]]", except(400));
    bodies.add(
        new Body(
            "invalid UTF-8",
            concat("{\"markdown\":\"caf", new byte[] {(byte) 0xE9}, "\"}"),
            except(400)));
    bodies.add(
        new Body(
            "overlong UTF-8 quote",
            concat("{\"markdown\":\"a", new byte[] {(byte) 0xC0, (byte) 0xA2}, "}"),
            except(400)));
    bodies.add(
        new Body(
            "UTF-16 with BOM",
            concat("", new byte[] {(byte) 0xFF, (byte) 0xFE}, "{\0}\0"),
            except(400)));
    return bodies;
  }

  private static void malformed(List<Body> bodies, String name, String text) {
    add(bodies, name, text, except(400));
  }

  private static void add(
      List<Body> bodies, String name, String text, Map<Endpoint, Integer> status) {
    bodies.add(new Body(name, text.getBytes(UTF_8), status));
  }

  /** This status everywhere, but for the endpoints named with theirs. */
  static Map<Endpoint, Integer> except(int status, Object... endpointsAndStatuses) {
    Map<Endpoint, Integer> all = new EnumMap<>(Endpoint.class);
    for (Endpoint endpoint : Endpoint.values()) {
      all.put(endpoint, status);
    }
    for (int i = 0; i < endpointsAndStatuses.length; i += 2) {
      all.put((Endpoint) endpointsAndStatuses[i], (Integer) endpointsAndStatuses[i + 1]);
    }
    return all;
  }

  static byte[] concat(String before, byte[] middle, String after) {
    return HostileFiles.concat(before.getBytes(UTF_8), middle, after.getBytes(UTF_8));
  }
}
