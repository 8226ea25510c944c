package io.shoreline.portal.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The subset of RFC 7644 filters the portal answers: {@code attribute eq value}, combined with
 * {@code and}, {@code or} and parentheses. Any other operator, an attribute the resource cannot be
 * filtered by, or text that is no filter is an {@code invalidFilter}.
 */
public sealed interface ScimFilter {

  /** {@code attribute eq value}; the attribute as the resource type names it. */
  record Eq(String attribute, Object value) implements ScimFilter {}

  record And(ScimFilter left, ScimFilter right) implements ScimFilter {}

  record Or(ScimFilter left, ScimFilter right) implements ScimFilter {}

  /**
   * @param attributes the attributes filters may name, in their canonical case (matched without
   *     case, as RFC 7644 says attribute names are)
   */
  static ScimFilter parse(String text, Set<String> attributes) {
    return new Parser(tokens(text), attributes).filter();
  }

  private static List<String> tokens(String text) {
    if (text == null || text.isBlank()) {
      throw ScimException.invalidFilter("the filter is empty");
    }
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')') {
        tokens.add(String.valueOf(c));
        i++;
      } else if (c == '"') {
        int end = closingQuote(text, i);
        tokens.add(text.substring(i, end + 1));
        i = end + 1;
      } else {
        int start = i;
        while (i < text.length()
            && !Character.isWhitespace(text.charAt(i))
            && "()\"".indexOf(text.charAt(i)) < 0) {
          i++;
        }
        tokens.add(text.substring(start, i));
      }
    }
    return tokens;
  }

  private static int closingQuote(String text, int open) {
    for (int i = open + 1; i < text.length(); i++) {
      if (text.charAt(i) == '\\') {
        i++;
      } else if (text.charAt(i) == '"') {
        return i;
      }
    }
    throw ScimException.invalidFilter("a string is not closed");
  }

  /** Recursive descent: or binds looser than and, as RFC 7644 says. */
  final class Parser {
    private final List<String> tokens;
    private final Set<String> attributes;
    private int next;

    Parser(List<String> tokens, Set<String> attributes) {
      this.tokens = tokens;
      this.attributes = attributes;
    }

    ScimFilter filter() {
      ScimFilter filter = or();
      if (next < tokens.size()) {
        throw ScimException.invalidFilter("unexpected \"" + tokens.get(next) + "\"");
      }
      return filter;
    }

    private ScimFilter or() {
      ScimFilter left = and();
      while (keyword("or")) {
        left = new Or(left, and());
      }
      return left;
    }

    private ScimFilter and() {
      ScimFilter left = term();
      while (keyword("and")) {
        left = new And(left, term());
      }
      return left;
    }

    private ScimFilter term() {
      if (peek("(")) {
        next++;
        ScimFilter inner = or();
        if (!peek(")")) {
          throw ScimException.invalidFilter("a parenthesis is not closed");
        }
        next++;
        return inner;
      }
      String attribute = attribute(take("an attribute"));
      String operator = take("an operator").toLowerCase(Locale.ROOT);
      if (!operator.equals("eq")) {
        throw ScimException.invalidFilter("only \"eq\" is supported, not \"" + operator + "\"");
      }
      return new Eq(attribute, value(take("a value")));
    }

    private String attribute(String name) {
      return attributes.stream()
          .filter(known -> known.equalsIgnoreCase(name))
          .findFirst()
          .orElseThrow(() -> ScimException.invalidFilter("cannot filter by \"" + name + "\""));
    }

    private static Object value(String token) {
      if (token.startsWith("\"")) {
        return unescape(token.substring(1, token.length() - 1));
      }
      return switch (token.toLowerCase(Locale.ROOT)) {
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        default -> throw ScimException.invalidFilter("\"" + token + "\" is no supported value");
      };
    }

    private static String unescape(String quoted) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < quoted.length(); i++) {
        char c = quoted.charAt(i);
        if (c == '\\' && i + 1 < quoted.length()) {
          c = quoted.charAt(++i);
        }
        out.append(c);
      }
      return out.toString();
    }

    private boolean keyword(String word) {
      if (next < tokens.size() && tokens.get(next).equalsIgnoreCase(word)) {
        next++;
        return true;
      }
      return false;
    }

    private boolean peek(String token) {
      return next < tokens.size() && tokens.get(next).equals(token);
    }

    private String take(String what) {
      if (next >= tokens.size()) {
        throw ScimException.invalidFilter("the filter ends where " + what + " should be");
      }
      String token = tokens.get(next++);
      if (token.equals("(") || token.equals(")")) {
        throw ScimException.invalidFilter("\"" + token + "\" where " + what + " should be");
      }
      return token;
    }
  }
}
