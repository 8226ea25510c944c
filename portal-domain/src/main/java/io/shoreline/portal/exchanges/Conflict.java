package io.shoreline.portal.exchanges;

import java.util.List;
import java.util.Objects;

/**
 * One conflict of a proposed stay. {@link #key()} names the message in the web module's bundle;
 * {@link #arguments()} fill its {0}, {1}.
 */
public record Conflict(ConflictKind kind, List<Object> arguments) {

  public Conflict {
    Objects.requireNonNull(kind, "kind");
    arguments = arguments == null ? List.of() : List.copyOf(arguments);
  }

  public static Conflict of(ConflictKind kind, Object... arguments) {
    return new Conflict(kind, List.of(arguments));
  }

  public String key() {
    return "exchanges.conflict." + kind;
  }
}
