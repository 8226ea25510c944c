package io.shoreline.portal.web.platform;

import io.shoreline.portal.platform.NoSuchRecordException;
import jakarta.faces.context.FacesContext;
import java.util.Map;

/**
 * The record a row's button acts on and the version the person saw, from the request parameters
 * "id" and "version" that the page rendered into that button. Never taken from the row as reloaded
 * on the postback, which would carry the stored version and defeat the lost-update check.
 */
public record SeenVersion(long id, long version) {

  public static final String ID = "id";
  public static final String VERSION = "version";

  /** Throws NoSuchRecordException (404) for a missing or malformed id or version. */
  public static SeenVersion ofRequest(String type) {
    Map<String, String> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    long id = Ids.parse(parameters.get(ID), type);
    String version = parameters.get(VERSION);
    try {
      long seen = Long.parseLong(String.valueOf(version).strip());
      if (seen >= 0) {
        return new SeenVersion(id, seen);
      }
    } catch (NumberFormatException e) {
      // falls through: a tampered form names no record
    }
    throw new NoSuchRecordException(type, id + "@" + version);
  }
}
