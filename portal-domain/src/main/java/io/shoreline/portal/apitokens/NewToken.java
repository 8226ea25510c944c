package io.shoreline.portal.apitokens;

import io.shoreline.portal.platform.RuleViolation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a coordinator asks for: a name, per feed read and/or write, and whether it records customer
 * feedback (a vendor's token only).
 */
public record NewToken(String name, List<Grant> grants, boolean recordFeedback) {

  /** A token for feeds only. */
  public NewToken(String name, List<Grant> grants) {
    this(name, grants, false);
  }

  /** Read and/or write one feed. */
  public record Grant(long feedId, boolean read, boolean write) {}

  /**
   * Trimmed name, grants without any right dropped, one grant per feed (a feed named twice gets
   * both rights asked for).
   *
   * @throws RuleViolation for an empty or too long name, or no right at all
   */
  public NewToken validated() {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty()) {
      throw new RuleViolation("apiTokens.nameRequired");
    }
    if (trimmed.length() > ApiToken.NAME_LENGTH) {
      throw new RuleViolation("apiTokens.nameTooLong", ApiToken.NAME_LENGTH);
    }
    Map<Long, Grant> merged = new LinkedHashMap<>();
    for (Grant grant : grants == null ? List.<Grant>of() : grants) {
      if (grant.read() || grant.write()) {
        merged.merge(
            grant.feedId(),
            grant,
            (a, b) -> new Grant(a.feedId(), a.read() || b.read(), a.write() || b.write()));
      }
    }
    if (merged.isEmpty() && !recordFeedback) {
      throw new RuleViolation("apiTokens.noScope");
    }
    return new NewToken(trimmed, List.copyOf(merged.values()), recordFeedback);
  }
}
