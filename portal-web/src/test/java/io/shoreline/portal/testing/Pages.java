package io.shoreline.portal.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

/** What no page of the portal may ever show a person. */
public final class Pages {

  /** A Java stack frame, e.g. "at io.shoreline.Foo.bar(Foo.java:42)". */
  public static final Pattern STACK_FRAME =
      Pattern.compile("at [\\w$.]+\\((?:[\\w$]+\\.java:\\d+|Native Method|Unknown Source)\\)");

  private Pages() {}

  /** The page, which must answer 200. */
  public static String ok(WebClient web, String path) throws Exception {
    HttpResponse<String> page = web.get(path);
    assertThat(page.statusCode()).as(path).isEqualTo(200);
    return page.body();
  }
}
