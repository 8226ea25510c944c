package io.shoreline.portal.feeds;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParsingException;

/**
 * JSON: an array of objects keyed by column name, streamed (never loaded whole). A row's number is
 * its object's position in the array, from 1; an absent key is an empty cell.
 */
final class JsonRows implements RowSource {

  /** The deepest nesting read (rows are at depth 2; anything deeper is skipped as an error). */
  static final int MAX_NESTING = 64;

  @Override
  public void read(Utf8Input input, FeedColumns columns, Rows rows, ValidationReport report) {
    try (JsonParser parser = Json.createParser(input)) {
      if (!parser.hasNext() || parser.next() != Event.START_ARRAY) {
        report.add(input.line(), null, "json", "an array of objects was expected");
        return;
      }
      long row = 0;
      while (parser.hasNext()) {
        Event event = parser.next();
        if (event == Event.END_ARRAY) {
          return;
        }
        row++;
        if (event != Event.START_OBJECT) {
          report.add(row, null, "json", "an object was expected");
          skip(parser, event);
          continue;
        }
        String[] raw = object(parser, row, columns, report);
        if (raw != null) {
          rows.row(row, raw);
        }
      }
    } catch (JsonParsingException e) {
      report.add(e.getLocation().getLineNumber(), null, "json", e.getMessage());
    } catch (TooDeep e) {
      report.add(input.line(), null, "json", e.getMessage());
    } catch (JsonException e) {
      boolean encoding = Utf8Input.isEncodingFailure(e);
      report.add(
          input.line(), null, encoding ? "encoding" : "json", encoding ? null : e.getMessage());
    }
  }

  private static String[] object(
      JsonParser parser, long row, FeedColumns columns, ValidationReport report) {
    String[] raw = new String[columns.size()];
    boolean[] seen = new boolean[columns.size()];
    boolean valid = true;
    Event event;
    while ((event = parser.next()) != Event.END_OBJECT) {
      String name = parser.getString();
      Event value = parser.next();
      var index = columns.indexOf(name);
      if (index.isEmpty()) {
        report.add(row, name, "headerUnknown", null);
        valid = false;
      } else if (seen[index.getAsInt()]) {
        report.add(row, name, "headerDuplicate", null);
        valid = false;
      } else {
        seen[index.getAsInt()] = true;
        String cell = scalar(parser, value);
        if (cell == null && value != Event.VALUE_NULL) {
          report.add(row, name, "json", "a string, number, boolean or null was expected");
          valid = false;
        } else {
          raw[index.getAsInt()] = cell == null || cell.isEmpty() ? null : cell;
        }
      }
      if (value == Event.START_OBJECT || value == Event.START_ARRAY) {
        skip(parser, value);
      }
    }
    return valid ? raw : null;
  }

  private static String scalar(JsonParser parser, Event value) {
    return switch (value) {
      case VALUE_STRING -> parser.getString();
      case VALUE_NUMBER -> parser.getString(); // as written: 1e3 is no integer
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      default -> null;
    };
  }

  /**
   * Skips a nested value event by event. Not with {@code skipArray}/{@code skipObject}: the Parsson
   * bundled with Payara 6 (1.1.5) loops forever in them at the end of a truncated body ("[[" spun a
   * thread at 100% CPU), where {@code next()} fails. Deeper than {@link #MAX_NESTING} is refused:
   * no row nests, and Parsson's own limit fails with a bare RuntimeException.
   */
  private static void skip(JsonParser parser, Event started) {
    if (started != Event.START_OBJECT && started != Event.START_ARRAY) {
      return;
    }
    int depth = 1;
    while (depth > 0) {
      Event event = parser.next(); // a truncated body fails here
      if (event == Event.START_OBJECT || event == Event.START_ARRAY) {
        if (++depth > MAX_NESTING) {
          throw new TooDeep();
        }
      } else if (event == Event.END_OBJECT || event == Event.END_ARRAY) {
        depth--;
      }
    }
  }

  /** A value nested deeper than any submission needs. */
  private static final class TooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooDeep() {
      super("nested more than " + MAX_NESTING + " levels deep", null, false, false);
    }
  }
}
