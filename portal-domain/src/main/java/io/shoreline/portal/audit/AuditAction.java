package io.shoreline.portal.audit;

/** What happened to the subject of an audit event. */
public enum AuditAction {
  CREATED,
  UPDATED,
  DELETED
}
