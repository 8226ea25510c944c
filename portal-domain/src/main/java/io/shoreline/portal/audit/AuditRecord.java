package io.shoreline.portal.audit;

import java.time.Instant;

/** What any trail's event tells: who, what, to which record, before and after, when. */
public interface AuditRecord {

  Long getId();

  /** Null for changes no person made (start-up). */
  Long getActorAccountId();

  AuditAction getAction();

  String getSubjectType();

  Long getSubjectId();

  String getSummary();

  /** The state before an update or deletion, if it was known. */
  String getBeforeSummary();

  Instant getOccurredAt();
}
