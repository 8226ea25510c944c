package io.shoreline.portal.feeds;

import io.shoreline.portal.platform.RuleViolation;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One typed column of a feed. Key columns together identify a row (and are required); decimals have
 * a precision and scale; enums list their values.
 */
public record FeedColumn(
    String name,
    ColumnType type,
    boolean key,
    boolean required,
    List<String> enumValues,
    int precision,
    int scale) {

  public static final int DEFAULT_PRECISION = 18;
  public static final int DEFAULT_SCALE = 4;
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_ .\\-]{0,59}");

  public FeedColumn {
    enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
  }

  public static FeedColumn of(String name, ColumnType type, boolean key, boolean required) {
    return new FeedColumn(name, type, key, required, List.of(), DEFAULT_PRECISION, DEFAULT_SCALE);
  }

  /** This column as it may be stored, or the rule it breaks. */
  FeedColumn validated() {
    String trimmed = name == null ? "" : name.strip();
    if (!NAME.matcher(trimmed).matches()) {
      throw new RuleViolation("feeds.column.nameInvalid", trimmed);
    }
    if (type == null) {
      throw new RuleViolation("feeds.column.typeMissing", trimmed);
    }
    List<String> values = enumValues.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    if (type == ColumnType.ENUM
        && (values.isEmpty() || values.size() != values.stream().distinct().count())) {
      throw new RuleViolation("feeds.column.enumValues", trimmed);
    }
    if (type == ColumnType.DECIMAL
        && (precision < 1 || precision > 38 || scale < 0 || scale > precision)) {
      throw new RuleViolation("feeds.column.decimal", trimmed);
    }
    return new FeedColumn(
        trimmed,
        type,
        key,
        key || required,
        type == ColumnType.ENUM ? values : List.of(),
        precision,
        scale);
  }

  /** Whether a value of this column appears in exports as text a spreadsheet might run. */
  public boolean isFreeText() {
    return type.isFreeText();
  }

  public String getName() {
    return name;
  }
}
