package io.shoreline.portal.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * The request breaks a business rule (a slug already taken, an expired invitation). Nothing was
 * changed: the transaction rolls back. {@link #key()} names the message the user reads, in the web
 * module's bundle, with {@link #arguments()}.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String key;
  private final List<Object> arguments;

  public RuleViolation(String key, Object... arguments) {
    super(key);
    this.key = key;
    this.arguments = List.of(arguments);
  }

  public String key() {
    return key;
  }

  public Object[] arguments() {
    return arguments.toArray();
  }

  /** The reasons behind this refusal when there are several, each to be shown; none by default. */
  public List<RuleViolation> reasons() {
    return List.of();
  }
}
