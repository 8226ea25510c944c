package io.shoreline.portal.web.audit;

import io.shoreline.portal.audit.AuditRecord;
import io.shoreline.portal.identity.Accounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Who did it, for a page of audit events: the actors' names in one query per page (no query per
 * row), "Shoreline" for changes no person made.
 */
@Named
@RequestScoped
public class AuditLines {

  @Inject Accounts accounts;

  private final Map<Long, String> names = new HashMap<>();

  /** Looks up the names of a page's actors at once; call before rendering the page. */
  public <T extends AuditRecord> List<T> withActors(List<T> events) {
    names.putAll(
        accounts.displayNames(
            events.stream()
                .map(AuditRecord::getActorAccountId)
                .filter(Objects::nonNull)
                .filter(id -> !names.containsKey(id))
                .collect(Collectors.toSet())));
    return events;
  }

  /** The actor's name, or null for the system (the view shows its own label). */
  public String actor(AuditRecord event) {
    return event.getActorAccountId() == null ? null : names.get(event.getActorAccountId());
  }
}
