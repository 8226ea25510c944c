package io.shoreline.portal.feeds;

/** Why one cell was refused: a reason code (for the report's texts) and its argument. */
class CellProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final String argument;

  CellProblem(String code, String argument) {
    super(code, null, false, false); // a validation outcome, not a failure: no stack trace
    this.code = code;
    this.argument = argument;
  }

  String code() {
    return code;
  }

  String argument() {
    return argument;
  }
}
