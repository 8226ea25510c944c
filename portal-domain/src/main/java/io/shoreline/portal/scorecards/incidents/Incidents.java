package io.shoreline.portal.scorecards.incidents;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import io.shoreline.portal.visits.ActionItem;
import io.shoreline.portal.visits.ActionItems;
import io.shoreline.portal.visits.ActionOrigin;
import io.shoreline.portal.visits.ActionRow;
import io.shoreline.portal.visits.NewActionItem;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The incidents of the request's workspace: reported by any member of either side who may write,
 * who then correct their details, write their timeline, name their root cause and give corrective
 * actions to someone of either side, until the incident is closed ({@link IncidentClosure}).
 */
@Stateless
@TenantBound
@Audited
public class Incidents {

  private static final String ENTRIES =
      "FROM IncidentEntry e, Account a WHERE a.id = e.authorId AND e.incidentId = :incident";

  @PersistenceContext EntityManager em;
  @Inject CallerMembership member;
  @Inject TenantAccess access;
  @Inject TimeSource time;
  @Inject IncidentSteps steps;
  @Inject IncidentNotice notice;
  @Inject ActionItems actions;

  /** A new incident; with an end, service was restored already and it is resolved at once. */
  public Incident report(IncidentDetails details, Instant endedAt) {
    member.toWrite();
    Instant now = time.now();
    IncidentDetails valid = details.validated(now);
    if (endedAt != null) {
      IncidentSteps.past(endedAt, now, "incidents.end");
    }
    Incident incident =
        new Incident(valid, endedAt, steps.organizationId(), access.callerId(), now);
    em.persist(incident);
    em.flush(); // the notifications name its id
    notice.reported(incident);
    return incident;
  }

  public Incident change(long id, long seenVersion, IncidentDetails details) {
    Incident incident = steps.toChange(id, seenVersion);
    incident.change(details.validated(time.now()));
    return incident;
  }

  public Incident explain(long id, long seenVersion, String rootCause) {
    Incident incident = steps.toChange(id, seenVersion);
    incident.explain(IncidentDetails.text(rootCause, true, "incidents.rootCause"));
    return incident;
  }

  /** A line of the timeline, by either side; the incident's version does not change. */
  public IncidentEntry addEntry(long id, Instant happenedAt, String text) {
    Incident incident = steps.toAddTo(id);
    Instant now = time.now();
    IncidentSteps.past(happenedAt, now, "incidents.happened");
    IncidentEntry entry =
        new IncidentEntry(
            incident.getId(),
            happenedAt,
            IncidentDetails.text(text, true, "incidents.entry"),
            access.callerId(),
            now);
    em.persist(entry);
    return entry;
  }

  /** A corrective action, owned by a member of either side who may write; its owner is told. */
  public ActionItem addCorrectiveAction(long id, NewActionItem action) {
    Incident incident = steps.toAddTo(id);
    return actions.createFor(ActionOrigin.incident(incident.getId(), incident.getTitle()), action);
  }

  public Incident find(long id) {
    return steps.find(id);
  }

  /** The timeline, in the order things happened. */
  public List<TimelineEntry> entries(long id, int first, int max) {
    steps.find(id);
    return em.createQuery(
            "SELECT e, a.displayName " + ENTRIES + " ORDER BY e.happenedAt, e.id", Object[].class)
        .setParameter("incident", id)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultStream()
        .map(TimelineEntry::of)
        .toList();
  }

  public long countEntries(long id) {
    steps.find(id);
    return em.createQuery("SELECT COUNT(e) " + ENTRIES, Long.class)
        .setParameter("incident", id)
        .getSingleResult();
  }

  public List<ActionRow> correctiveActions(long id) {
    Incident incident = steps.find(id);
    return actions.of(ActionOrigin.incident(incident.getId(), incident.getTitle()));
  }

  /**
   * A page of the filter's incidents: by state in the filter's order (open first), latest start
   * first within a state. Each state is paged in the database on its own index.
   */
  public List<Incident> page(IncidentFilter filter, int first, int max) {
    member.get();
    List<Incident> rows = new ArrayList<>();
    long skip = first;
    for (IncidentStatus state : filter.states()) {
      if (rows.size() >= max) {
        break;
      }
      long inState = count(List.of(state));
      if (skip >= inState) {
        skip -= inState;
      } else {
        rows.addAll(inState(state, (int) skip, max - rows.size()));
        skip = 0;
      }
    }
    return rows;
  }

  private List<Incident> inState(IncidentStatus state, int first, int max) {
    return em.createNamedQuery(Incident.IN_STATE, Incident.class)
        .setParameter("state", state)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count(IncidentFilter filter) {
    member.get();
    return count(filter.states());
  }

  /** Incidents not closed yet, worst and oldest first: the workspace home's list. */
  public List<Incident> unclosed(int max) {
    member.get();
    return em.createNamedQuery(Incident.WORST_FIRST, Incident.class)
        .setParameter("states", IncidentStatus.UNCLOSED)
        .setMaxResults(max)
        .getResultList();
  }

  public long countUnclosed() {
    member.get();
    return count(IncidentStatus.UNCLOSED);
  }

  private long count(List<IncidentStatus> states) {
    return em.createNamedQuery(Incident.COUNT_IN_STATES, Long.class)
        .setParameter("states", states)
        .getSingleResult();
  }
}
