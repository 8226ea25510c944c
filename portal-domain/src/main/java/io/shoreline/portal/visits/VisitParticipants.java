package io.shoreline.portal.visits;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.OrganizationKind;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Who comes to a visit (members of the client side) and who hosts it (of the vendor side). */
@Stateless
@TenantBound
@Audited
public class VisitParticipants {

  @PersistenceContext EntityManager em;
  @Inject CallerMembership member;
  @Inject Memberships memberships;

  /** Refuses a visitor who is no client member of the workspace, a host who is no vendor one. */
  public void check(VisitPlan plan) {
    Map<Long, Membership> members = members();
    for (long id : plan.visitorIds()) {
      requireSide(members.get(id), OrganizationKind.CLIENT, "visits.visitorNotClient");
    }
    for (long id : plan.hostIds()) {
      requireSide(members.get(id), OrganizationKind.VENDOR, "visits.hostNotVendor");
    }
  }

  public void replace(long visitId, VisitPlan plan) {
    ofVisitStored(visitId).forEach(em::remove);
    em.flush(); // the unique key (visit, account) must not see the old rows
    plan.visitorIds().stream()
        .distinct()
        .forEach(id -> em.persist(new VisitParticipant(visitId, id, ParticipantRole.VISITOR)));
    plan.hostIds().stream()
        .distinct()
        .forEach(id -> em.persist(new VisitParticipant(visitId, id, ParticipantRole.HOST)));
  }

  /** Visitors first, then hosts, with their names. */
  public List<Participant> ofVisit(long visitId) {
    member.get();
    Map<Long, Membership> members = members();
    return ofVisitStored(visitId).stream()
        .map(p -> Participant.of(p, members.get(p.getAccountId())))
        .toList();
  }

  private List<VisitParticipant> ofVisitStored(long visitId) {
    return em.createNamedQuery(VisitParticipant.OF_VISIT, VisitParticipant.class)
        .setParameter("visit", visitId)
        .getResultList();
  }

  private Map<Long, Membership> members() {
    return memberships.ofWorkspace(member.workspaceId()).stream()
        .collect(Collectors.toMap(m -> m.getAccount().getId(), Function.identity()));
  }

  private static void requireSide(Membership membership, OrganizationKind side, String refusal) {
    if (membership == null || membership.getAccount().getOrganization().getKind() != side) {
      throw new RuleViolation(refusal);
    }
  }
}
