package io.shoreline.portal.web.api.feedback;

import io.shoreline.portal.scorecards.feedback.FeedbackChannel;
import io.shoreline.portal.scorecards.feedback.FeedbackDetails;
import io.shoreline.portal.scorecards.feedback.FieldProblem;
import io.shoreline.portal.scorecards.feedback.NewFeedback;
import io.shoreline.portal.scorecards.feedback.Sentiment;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The items of a request's JSON body (one object, or an array of them), each with the problems of
 * its fields' types: a date that is no date, a channel or sentiment that does not exist, a field
 * nobody knows; and the domain's rules of what an item must say ({@link FeedbackDetails}), so that
 * one answer names every problem.
 */
final class FeedbackJson {

  static final Set<String> FIELDS =
      Set.of(
          "receivedOn",
          "channel",
          "topic",
          "verbatim",
          "sentiment",
          "delighted",
          "flagged",
          "idempotencyKey");

  /** The items read, and the problems of each by its index (from 0). */
  record Batch(List<NewFeedback> items, Map<Integer, List<FieldProblem>> problems) {}

  private FeedbackJson() {}

  /**
   * The items of the objects; an item without a key of its own gets the request's key (and its
   * position after a "/" in a batch of several).
   */
  static Batch read(List<JsonObject> objects, String requestKey, LocalDate today) {
    List<NewFeedback> items = new ArrayList<>();
    Map<Integer, List<FieldProblem>> problems = new LinkedHashMap<>();
    for (int i = 0; i < objects.size(); i++) {
      Item item = new Item(objects.get(i));
      String fallback =
          requestKey == null || requestKey.isBlank()
              ? null
              : objects.size() == 1 ? requestKey.strip() : requestKey.strip() + "/" + (i + 1);
      NewFeedback read = item.read(fallback);
      items.add(read);
      item.addRuleProblems(read.details(), today);
      if (!item.problems.isEmpty()) {
        problems.put(i, item.problems);
      }
    }
    return new Batch(items, problems);
  }

  /** One object, read field by field, noting what is of the wrong type. */
  private static final class Item {
    private final JsonObject json;
    private final List<FieldProblem> problems = new ArrayList<>();

    Item(JsonObject json) {
      this.json = json;
    }

    NewFeedback read(String fallbackKey) {
      json.keySet().stream()
          .filter(name -> !FIELDS.contains(name))
          .sorted()
          .forEach(name -> problems.add(new FieldProblem(name, "feedback.api.unknownField")));
      FeedbackDetails details =
          new FeedbackDetails(
              date("receivedOn"),
              choice("channel", FeedbackChannel.class),
              text("topic"),
              text("verbatim"),
              choice("sentiment", Sentiment.class),
              bool("delighted", null));
      String key = text("idempotencyKey");
      return new NewFeedback(details, bool("flagged", false), key == null ? fallbackKey : key);
    }

    /** The domain's problems too, on fields whose type was fine (all problems in one answer). */
    void addRuleProblems(FeedbackDetails details, LocalDate today) {
      Set<String> typeProblems =
          problems.stream().map(FieldProblem::field).collect(java.util.stream.Collectors.toSet());
      details.problems(today).stream()
          .filter(problem -> !typeProblems.contains(problem.field()))
          .forEach(problems::add);
    }

    private String text(String field) {
      JsonValue value = json.get(field);
      if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
        return null;
      }
      if (value instanceof JsonString string) {
        return string.getString();
      }
      problems.add(new FieldProblem(field, "feedback.api.text"));
      return null;
    }

    private LocalDate date(String field) {
      String text = text(field);
      try {
        return text == null ? null : LocalDate.parse(text.strip());
      } catch (DateTimeParseException e) {
        problems.add(new FieldProblem(field, "feedback.api.date"));
        return null;
      }
    }

    private <E extends Enum<E>> E choice(String field, Class<E> type) {
      String text = text(field);
      if (text == null) {
        return null;
      }
      try {
        return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(
            new FieldProblem(
                field,
                "feedback.api.oneOf",
                String.join(
                    ", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
        return null;
      }
    }

    /** True or false; missing with no default, a problem (false then, never stored). */
    private boolean bool(String field, Boolean missing) {
      JsonValue value = json.get(field);
      if (value != null
          && (value.getValueType() == JsonValue.ValueType.TRUE
              || value.getValueType() == JsonValue.ValueType.FALSE)) {
        return value.getValueType() == JsonValue.ValueType.TRUE;
      }
      if ((value == null || value.getValueType() == JsonValue.ValueType.NULL) && missing != null) {
        return missing;
      }
      problems.add(new FieldProblem(field, "feedback.api.boolean"));
      return false;
    }
  }
}
