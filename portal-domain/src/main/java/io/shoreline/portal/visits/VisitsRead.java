package io.shoreline.portal.visits;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The visits this transaction has found already. A tenant-keyed entity is read again on every
 * {@code find} (its key includes the tenant column), and a report asks each part's boundary, which
 * each checks the visit: remembered here, the report reads it once. One transaction has one tenant.
 */
@TransactionScoped
public class VisitsRead implements Serializable {

  private static final long serialVersionUID = 1L;

  private final transient Map<Long, SiteVisit> found = new HashMap<>();

  Optional<SiteVisit> get(long id) {
    return Optional.ofNullable(found.get(id));
  }

  void remember(SiteVisit visit) {
    found.put(visit.getId(), visit);
  }
}
