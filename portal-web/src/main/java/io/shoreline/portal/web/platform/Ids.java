package io.shoreline.portal.web.platform;

import io.shoreline.portal.platform.NoSuchRecordException;

/** Ids from URLs and forms: anything that is not a positive number names no record (404). */
public final class Ids {

  private Ids() {}

  public static long parse(String text, String type) {
    try {
      long id = Long.parseLong(String.valueOf(text).strip());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // falls through: same answer as an unknown id
    }
    throw new NoSuchRecordException(type, text);
  }
}
