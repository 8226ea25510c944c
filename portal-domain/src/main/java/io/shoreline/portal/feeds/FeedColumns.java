package io.shoreline.portal.feeds;

import io.shoreline.portal.platform.RuleViolation;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/** A feed's columns in order, with the key columns marked; stored as a JSON array. */
public final class FeedColumns {

  public static final int MAX_COLUMNS = 60;

  private final List<FeedColumn> columns;
  private final int[] keyIndexes;
  private final Map<String, Integer> indexByName = new HashMap<>();

  private FeedColumns(List<FeedColumn> columns) {
    this.columns = List.copyOf(columns);
    this.keyIndexes =
        IntStream.range(0, columns.size()).filter(i -> columns.get(i).key()).toArray();
    for (int i = 0; i < columns.size(); i++) {
      indexByName.put(columns.get(i).name(), i);
    }
  }

  /**
   * Checked definitions: 1 to 60 columns with distinct names, at least one key column.
   *
   * @throws RuleViolation naming the first rule broken
   */
  public static FeedColumns of(List<FeedColumn> definitions) {
    if (definitions == null || definitions.isEmpty() || definitions.size() > MAX_COLUMNS) {
      throw new RuleViolation("feeds.columns.count", MAX_COLUMNS);
    }
    List<FeedColumn> valid = definitions.stream().map(FeedColumn::validated).toList();
    var names = new HashSet<String>();
    for (FeedColumn column : valid) {
      if (!names.add(column.name())) {
        throw new RuleViolation("feeds.column.duplicate", column.name());
      }
    }
    if (valid.stream().noneMatch(FeedColumn::key)) {
      throw new RuleViolation("feeds.columns.noKey");
    }
    return new FeedColumns(valid);
  }

  public List<FeedColumn> list() {
    return columns;
  }

  public int size() {
    return columns.size();
  }

  public FeedColumn get(int index) {
    return columns.get(index);
  }

  int[] keyIndexes() {
    return keyIndexes.clone();
  }

  public OptionalInt indexOf(String name) {
    Integer index = indexByName.get(name);
    return index == null ? OptionalInt.empty() : OptionalInt.of(index);
  }

  public List<String> names() {
    return columns.stream().map(FeedColumn::name).toList();
  }

  String toJson() {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (FeedColumn column : columns) {
      JsonArrayBuilder values = Json.createArrayBuilder();
      column.enumValues().forEach(values::add);
      array.add(
          Json.createObjectBuilder()
              .add("name", column.name())
              .add("type", column.type().name())
              .add("key", column.key())
              .add("required", column.required())
              .add("values", values)
              .add("precision", column.precision())
              .add("scale", column.scale()));
    }
    return array.build().toString();
  }

  static FeedColumns fromJson(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      JsonArray array = reader.readArray();
      List<FeedColumn> list = new ArrayList<>();
      for (JsonObject column : array.getValuesAs(JsonObject.class)) {
        list.add(
            new FeedColumn(
                column.getString("name"),
                ColumnType.valueOf(column.getString("type")),
                column.getBoolean("key"),
                column.getBoolean("required"),
                column.getJsonArray("values").getValuesAs(jakarta.json.JsonString::getString),
                column.getInt("precision"),
                column.getInt("scale")));
      }
      return new FeedColumns(list);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FeedColumns that && columns.equals(that.columns);
  }

  @Override
  public int hashCode() {
    return columns.hashCode();
  }
}
