package io.shoreline.portal.web.platform;

import jakarta.faces.context.FacesContext;

/**
 * What a row's button sends as request parameters ({@code <f:param name="id">} and {@code <f:param
 * name="version">}): the record and the version the person saw when the page was rendered, not the
 * one stored now, so that a change made meanwhile is refused instead of overwritten.
 */
public final class RowParameters {

  private RowParameters() {}

  /** The "id" parameter; anything but a positive number names no record (404). */
  public static long id(String type) {
    return Ids.parse(parameter("id"), type);
  }

  /** The "version" parameter. */
  public static long version() {
    return version(parameter("version"));
  }

  /**
   * A version the person saw (a row's parameter, an edit form's hidden field); anything else is no
   * version ever stored, so the domain refuses it as changed meanwhile.
   */
  public static long version(String text) {
    try {
      return Long.parseLong(String.valueOf(text).strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  public static String parameter(String name) {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get(name);
  }
}
