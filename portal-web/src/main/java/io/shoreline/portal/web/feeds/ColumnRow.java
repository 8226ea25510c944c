package io.shoreline.portal.web.feeds;

import io.shoreline.portal.feeds.ColumnType;
import io.shoreline.portal.feeds.FeedColumn;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** One row of the column editor, as the person types it. */
public class ColumnRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name = "";
  private ColumnType type = ColumnType.TEXT;
  private boolean key;
  private boolean required;
  private String values = "";
  private int precision = FeedColumn.DEFAULT_PRECISION;
  private int scale = FeedColumn.DEFAULT_SCALE;

  static ColumnRow of(FeedColumn column) {
    ColumnRow row = new ColumnRow();
    row.name = column.name();
    row.type = column.type();
    row.key = column.key();
    row.required = column.required();
    row.values = String.join(", ", column.enumValues());
    row.precision = column.precision();
    row.scale = column.scale();
    return row;
  }

  FeedColumn column() {
    List<String> enumValues =
        values == null || values.isBlank() ? List.of() : Arrays.asList(values.split(","));
    return new FeedColumn(name, type, key, required, enumValues, precision, scale);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public ColumnType getType() {
    return type;
  }

  public void setType(ColumnType type) {
    this.type = type;
  }

  public boolean isKey() {
    return key;
  }

  public void setKey(boolean key) {
    this.key = key;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }

  public String getValues() {
    return values;
  }

  public void setValues(String values) {
    this.values = values;
  }

  public int getPrecision() {
    return precision;
  }

  public void setPrecision(int precision) {
    this.precision = precision;
  }

  public int getScale() {
    return scale;
  }

  public void setScale(int scale) {
    this.scale = scale;
  }
}
