package io.shoreline.portal.scorecards.incidents;

import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.tenancy.OrganizationKind;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * What every change of an incident checks first: the incident exists in this workspace (another
 * workspace's is not found, before anything else is looked at), the caller may write, it is not
 * closed, and the caller saw its current version.
 */
@Dependent
public class IncidentSteps {

  @PersistenceContext EntityManager em;
  @Inject CallerMembership member;

  Incident find(long id) {
    member.get();
    Incident incident = em.find(Incident.class, id);
    if (incident == null) {
      throw new NoSuchRecordException("incident", id);
    }
    return incident;
  }

  /** The incident, locked, to change as the caller saw it. */
  Incident toChange(long id, long seenVersion) {
    Incident incident = toAddTo(id);
    ChangedMeanwhileException.check("incident", id, incident.getVersion(), seenVersion);
    return incident;
  }

  /**
   * The incident, locked, to add to (a timeline entry, a corrective action): of someone adding and
   * someone closing it at once, the second sees what the first did.
   */
  Incident toAddTo(long id) {
    member.toWrite();
    Incident incident = em.find(Incident.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (incident == null) {
      throw new NoSuchRecordException("incident", id);
    }
    incident.requireNotClosed();
    return incident;
  }

  /** The caller's side of the workspace. */
  OrganizationKind side() {
    return member.get().getAccount().getOrganization().getKind();
  }

  long organizationId() {
    return member.get().getAccount().getOrganization().getId();
  }

  /** A time a person entered (a start, an end, a timeline entry): given, and not after now. */
  static Instant past(Instant at, Instant now, String key) {
    if (at == null) {
      throw new RuleViolation(key + "Required");
    }
    if (at.isAfter(now)) {
      throw new RuleViolation(key + "InFuture");
    }
    return at;
  }
}
