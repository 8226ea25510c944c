package io.shoreline.bench.load;

import java.util.regex.Pattern;

/**
 * One answer of the portal under a fault: when it came, to what, its status, and what its body told
 * the person (a stack trace would be a defect; "try again" is what an outage must say).
 */
record Outcome(long atMillis, String kind, int status, boolean stackTrace, boolean saysTryAgain) {

  /** A status for "no HTTP answer at all" (connection refused or reset, timed out). */
  static final int NO_ANSWER = -1;

  private static final Pattern STACK_TRACE =
      Pattern.compile("\\w(Exception|Error)(:|\\s+at\\s)|\\n\\s*at [\\w.$]+\\([\\w.]*(:\\d+)?\\)");
  private static final Pattern TRY_AGAIN = Pattern.compile("(?i)try again");

  static Outcome of(long atMillis, String kind, int status, String body) {
    boolean failed = status < 200 || status >= 400;
    return new Outcome(
        atMillis,
        kind,
        status,
        failed && STACK_TRACE.matcher(body).find(),
        failed && TRY_AGAIN.matcher(body).find());
  }

  static Outcome noAnswer(long atMillis, String kind) {
    return new Outcome(atMillis, kind, NO_ANSWER, false, false);
  }

  boolean succeeded() {
    return status >= 200 && status < 300;
  }

  /** A clear refusal of an outage: 503 saying to try again, no stack trace. */
  boolean clearOutageAnswer() {
    return status == 503 && saysTryAgain && !stackTrace;
  }
}
