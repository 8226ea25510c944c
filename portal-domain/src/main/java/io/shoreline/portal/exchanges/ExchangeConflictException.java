package io.shoreline.portal.exchanges;

import io.shoreline.portal.platform.RuleViolation;
import jakarta.ejb.ApplicationException;
import java.util.List;

/** A proposal cannot be accepted now: every reason, each with its message key and arguments. */
@ApplicationException(rollback = true)
public class ExchangeConflictException extends RuleViolation {

  private static final long serialVersionUID = 1L;

  private final transient List<Conflict> conflicts;

  public ExchangeConflictException(List<Conflict> conflicts) {
    super("exchanges.conflicts", conflicts.size());
    this.conflicts = List.copyOf(conflicts);
  }

  public List<Conflict> conflicts() {
    return conflicts;
  }

  @Override
  public List<RuleViolation> reasons() {
    return conflicts.stream()
        .map(conflict -> new RuleViolation(conflict.key(), conflict.arguments().toArray()))
        .toList();
  }
}
