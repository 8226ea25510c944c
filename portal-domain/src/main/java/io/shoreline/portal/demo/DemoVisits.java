package io.shoreline.portal.demo;

import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.visits.ActionItem;
import io.shoreline.portal.visits.ActionItems;
import io.shoreline.portal.visits.ActionStatus;
import io.shoreline.portal.visits.FindingDetails;
import io.shoreline.portal.visits.Findings;
import io.shoreline.portal.visits.NewActionItem;
import io.shoreline.portal.visits.PartnerSite;
import io.shoreline.portal.visits.Severity;
import io.shoreline.portal.visits.SignOffs;
import io.shoreline.portal.visits.SiteVisit;
import io.shoreline.portal.visits.SiteVisits;
import io.shoreline.portal.visits.VisitAgenda;
import io.shoreline.portal.visits.VisitArea;
import io.shoreline.portal.visits.VisitPlan;
import io.shoreline.portal.visits.VisitRatings;
import io.shoreline.portal.visits.VisitSites;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Site visits of one demo workspace, relative to today: two signed-off visits to Casablanca (so the
 * site's history has a trend), with action items of which one is overdue, and one planned visit.
 */
@ApplicationScoped
class DemoVisits {

  @Inject TenantAccess access;
  @Inject VisitSites sites;
  @Inject SiteVisits visits;
  @Inject VisitAgenda agenda;
  @Inject Findings findings;
  @Inject VisitRatings ratings;
  @Inject ActionItems actions;
  @Inject SignOffs signOffs;

  /** The coordinators sign; the contributors are a client visitor and a vendor host. */
  record Cast(String clientCoordinator, long visitor, String vendorCoordinator, long host) {}

  @ActivateRequestContext
  void create(long workspaceId, Cast cast) {
    access.openWorkspace(workspaceId, cast.clientCoordinator());
    PartnerSite casablanca = site("Casablanca");
    LocalDate today = LocalDate.now(casablanca.zone());
    SiteVisit first =
        plan(casablanca, today.minusDays(95), "Quarterly review: quality and tools", cast);
    rateAndFind(
        first.getId(), Map.of(VisitArea.QUALITY, 3, VisitArea.TRAINING, 2, VisitArea.TOOLS, 3));
    signOff(workspaceId, first, cast);

    access.openWorkspace(workspaceId, cast.clientCoordinator());
    SiteVisit second = plan(casablanca, today.minusDays(20), "Follow-up on training gaps", cast);
    long finding =
        findings
            .record(
                second.getId(),
                new FindingDetails(
                    VisitArea.TRAINING,
                    Severity.HIGH,
                    "New returns policy not yet in the agents' crash course."),
                List.of())
            .getId();
    rateAndFind(
        second.getId(), Map.of(VisitArea.QUALITY, 4, VisitArea.TRAINING, 3, VisitArea.TOOLS, 4));
    actions.create(
        second.getId(),
        new NewActionItem(
            finding,
            "Add the returns policy to the crash course",
            cast.host(),
            today.minusDays(5)));
    ActionItem done =
        actions.create(
            second.getId(),
            new NewActionItem(
                null, "Share the new call-flow diagrams", cast.host(), today.minusDays(10)));
    access.openWorkspace(workspaceId, cast.vendorCoordinator());
    actions.move(done.getId(), done.getVersion(), ActionStatus.DONE);
    signOff(workspaceId, second, cast);

    access.openWorkspace(workspaceId, cast.clientCoordinator());
    PartnerSite manila = site("Manila");
    SiteVisit next =
        plan(manila, LocalDate.now(manila.zone()).plusDays(14), "Cultural exchange kick-off", cast);
    access.openWorkspace(workspaceId, cast.vendorCoordinator());
    agenda.add(next.getId(), "Floor walk with the team leads");
    agenda.add(next.getId(), "Listening session: ten calls of the week");
  }

  private SiteVisit plan(PartnerSite site, LocalDate day, String purpose, Cast cast) {
    return visits.plan(
        new VisitPlan(
            site.id(),
            LocalDateTime.of(day, java.time.LocalTime.of(9, 0)),
            LocalDateTime.of(day, java.time.LocalTime.of(17, 0)),
            purpose,
            List.of(cast.visitor()),
            List.of(cast.host())));
  }

  private void rateAndFind(long visitId, Map<VisitArea, Integer> scores) {
    ratings.rate(visitId, scores);
    findings.record(
        visitId,
        new FindingDetails(VisitArea.QUALITY, Severity.MEDIUM, "Hold times rise after 18:00."),
        List.of());
  }

  private void signOff(long workspaceId, SiteVisit visit, Cast cast) {
    access.openWorkspace(workspaceId, cast.clientCoordinator());
    SiteVisit current = visits.find(visit.getId());
    visits.sendToReview(current.getId(), current.getVersion());
    signOffs.signReport(visit.getId());
    access.openWorkspace(workspaceId, cast.vendorCoordinator());
    signOffs.signReport(visit.getId());
  }

  private PartnerSite site(String name) {
    return sites.all().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }
}
