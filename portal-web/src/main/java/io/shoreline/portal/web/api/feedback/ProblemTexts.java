package io.shoreline.portal.web.api.feedback;

import io.shoreline.portal.scorecards.feedback.FieldProblem;
import io.shoreline.portal.web.api.feeds.ProblemDto;
import jakarta.ws.rs.core.HttpHeaders;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** A field's problem in the caller's language, with the same text the pages show. */
final class ProblemTexts {

  private static final String BUNDLE = "io.shoreline.portal.web.messages";

  private ProblemTexts() {}

  /** The problem of the item at this position (from 1). */
  static ProblemDto of(int item, FieldProblem problem, HttpHeaders headers) {
    Locale locale =
        headers == null || headers.getAcceptableLanguages().isEmpty()
            ? Locale.ENGLISH
            : headers.getAcceptableLanguages().get(0);
    String reason;
    try {
      ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
      reason =
          new MessageFormat(texts.getString(problem.key()), locale).format(problem.arguments());
    } catch (MissingResourceException e) {
      reason = problem.key();
    }
    return new ProblemDto(item, problem.field(), reason);
  }
}
