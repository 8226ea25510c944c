package io.shoreline.portal.scorecards.incidents;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * How an incident ends: resolved when service was restored (by anyone of either side who may
 * write), then closed once a coordinator of each side agreed, which needs its root cause; reopened
 * with a reason on its timeline if service fails again before that.
 */
@Stateless
@TenantBound
@Audited
public class IncidentClosure {

  @PersistenceContext EntityManager em;
  @Inject CallerMembership member;
  @Inject TenantAccess access;
  @Inject TimeSource time;
  @Inject IncidentSteps steps;
  @Inject IncidentNotice notice;

  /** Service was restored at {@code endedAt}, not before it started nor after now. */
  public Incident resolve(long id, long seenVersion, Instant endedAt) {
    Incident incident = steps.toChange(id, seenVersion);
    incident.resolve(IncidentSteps.past(endedAt, time.now(), "incidents.end"));
    notice.movedOn(incident);
    return incident;
  }

  /**
   * The caller's side agrees to close it, as a coordinator; the second side's agreement closes it.
   */
  public Incident agreeToClose(long id, long seenVersion) {
    Incident incident = steps.toChange(id, seenVersion);
    if (!member.isCoordinator()) {
      throw new NotAllowedException("only coordinators agree to close an incident");
    }
    incident.agreeToClose(steps.side(), access.callerId(), time.now());
    notice.movedOn(incident);
    return incident;
  }

  /** Service failed again: open once more, its end and the agreements to close withdrawn. */
  public Incident reopen(long id, long seenVersion, String reason) {
    Incident incident = steps.toChange(id, seenVersion);
    String why = IncidentDetails.text(reason, true, "incidents.reason");
    incident.reopen();
    Instant now = time.now();
    em.persist(new IncidentEntry(incident.getId(), now, why, access.callerId(), now));
    notice.movedOn(incident);
    return incident;
  }
}
