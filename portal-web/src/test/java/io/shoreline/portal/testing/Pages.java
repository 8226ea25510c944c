package io.shoreline.portal.testing;

import java.util.regex.Pattern;

/** What no page of the portal may ever show a person. */
public final class Pages {

  /** A Java stack frame, e.g. "at io.shoreline.Foo.bar(Foo.java:42)". */
  public static final Pattern STACK_FRAME =
      Pattern.compile("at [\\w$.]+\\((?:[\\w$]+\\.java:\\d+|Native Method|Unknown Source)\\)");

  private Pages() {}
}
