package io.shoreline.portal.web.scorecards;

import io.shoreline.portal.scorecards.ScorePeriod;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/** What the scorecard's CSV and PDF downloads share: the period asked for, and the file's name. */
final class ScorecardExports {

  static final String BUNDLE = "io.shoreline.portal.web.messages";

  private ScorecardExports() {}

  /** The period of a "period" parameter (2026-11, 2026-W47, 2026-Q4); empty for anything else. */
  static Optional<ScorePeriod> period(String parameter) {
    return ScorePeriod.parse(parameter == null ? null : parameter.strip());
  }

  /** 400 with a plain sentence in the viewer's language: a URL they can fix, not a server error. */
  static void badPeriod(HttpServletResponse response, Locale locale) throws IOException {
    byte[] body =
        ResourceBundle.getBundle(BUNDLE, locale)
            .getString("scorecards.badPeriod")
            .getBytes(StandardCharsets.UTF_8);
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType("text/plain; charset=UTF-8");
    response.setContentLength(body.length);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.getOutputStream().write(body);
  }

  /**
   * "Northwind – Atlas scorecard 2026-11.csv": the workspace's name as people wrote it, without the
   * characters a file system refuses or reads as a path (the disposition header adds an ASCII
   * fallback).
   */
  static String fileName(String workspaceName, ScorePeriod period, String extension) {
    String name =
        String.valueOf(workspaceName)
            .replaceAll("[\\p{Cntrl}\\\\/:*?\"<>|]+", "-")
            .replaceAll("\\s+", " ")
            .replaceAll("^[\\s.-]+|[\\s.-]+$", "");
    return (name.isEmpty() ? "workspace" : name) + " scorecard " + period.key() + "." + extension;
  }

  /** A number as a spreadsheet reads it: no grouping, no exponent, no trailing zeros. */
  static String plain(BigDecimal value) {
    if (value == null) {
      return "";
    }
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }
}
