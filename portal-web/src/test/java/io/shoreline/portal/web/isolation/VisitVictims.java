package io.shoreline.portal.web.isolation;

import static io.shoreline.portal.testing.DemoLogins.ATLAS_ADMIN;

import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.threads.Upload;
import io.shoreline.portal.visits.ActionItem;
import io.shoreline.portal.visits.ActionItems;
import io.shoreline.portal.visits.Amendments;
import io.shoreline.portal.visits.Finding;
import io.shoreline.portal.visits.FindingDetails;
import io.shoreline.portal.visits.Findings;
import io.shoreline.portal.visits.NewActionItem;
import io.shoreline.portal.visits.Severity;
import io.shoreline.portal.visits.SignOffs;
import io.shoreline.portal.visits.SiteVisit;
import io.shoreline.portal.visits.SiteVisits;
import io.shoreline.portal.visits.VisitAgenda;
import io.shoreline.portal.visits.VisitArea;
import io.shoreline.portal.visits.VisitPlan;
import io.shoreline.portal.visits.VisitRatings;
import io.shoreline.portal.visits.VisitSites;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Visits of one workspace in each state, made once through the services as its client admin (a
 * coordinator there) and Atlas's admin (the vendor's coordinator): an open one with an agenda item,
 * a finding with a photo, a rating and an action item; one in review; one signed off with an
 * amendment awaiting its sign-off. The open one's action item is overdue. Their ids go into the map
 * under the given prefix.
 */
@RequestScoped
public class VisitVictims {

  /** A 1×1 PNG. */
  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

  @Inject TenantAccess access;
  @Inject Accounts accounts;
  @Inject SiteVisits visits;
  @Inject VisitSites sites;
  @Inject VisitAgenda agenda;
  @Inject Findings findings;
  @Inject VisitRatings ratings;
  @Inject ActionItems actions;
  @Inject SignOffs signOffs;
  @Inject Amendments amendments;

  void visitsOf(String prefix, long workspace, String clientAdmin, Map<String, String> ids) {
    access.openWorkspace(workspace, clientAdmin);
    long open = visit("Adversarial: open", this::withContent);
    ids.put(prefix + "Visit", open + "");
    ids.put(prefix + "VisitVersion", visits.find(open).getVersion() + "");
    ids.put(prefix + "VisitSite", visits.find(open).getSiteId() + "");
    ids.put(prefix + "AgendaItem", agenda.ofVisit(open).get(0).getId() + "");
    Finding finding = findings.ofVisit(open).get(0);
    ids.put(prefix + "Finding", finding.getId() + "");
    ids.put(prefix + "FindingVersion", finding.getVersion() + "");
    ids.put(prefix + "Photo", findings.photosOfVisit(open).get(0).getId() + "");
    ActionItem action = actions.ofVisit(open).get(0).item();
    ids.put(prefix + "Action", action.getId() + "");
    ids.put(prefix + "ActionVersion", action.getVersion() + "");
    long inReview = visit("Adversarial: in review", this::toReview);
    ids.put(prefix + "ReviewVisit", inReview + "");
    ids.put(prefix + "ReviewVisitVersion", visits.find(inReview).getVersion() + "");
    long signed =
        visit("Adversarial: signed off", id -> signedAndAmended(id, workspace, clientAdmin));
    ids.put(prefix + "SignedVisit", signed + "");
  }

  /** The open workspace's visit with this purpose, planned (and made so) if there is none. */
  private long visit(String purpose, LongConsumer made) {
    return visits.page(0, 100).stream()
        .filter(visit -> visit.getPurpose().equals(purpose))
        .findFirst()
        .map(SiteVisit::getId)
        .orElseGet(
            () -> {
              long caller = access.caller().getId();
              long host = accounts.findByEmail(ATLAS_ADMIN).orElseThrow().getId();
              LocalDateTime start = LocalDateTime.of(2026, 3, 10, 9, 0);
              long id =
                  visits
                      .plan(
                          new VisitPlan(
                              sites.all().get(0).id(),
                              start,
                              start.plusHours(6),
                              purpose,
                              List.of(caller),
                              List.of(host)))
                      .getId();
              made.accept(id);
              return id;
            });
  }

  private void withContent(long visit) {
    agenda.add(visit, "Tour of the floor");
    Finding finding =
        findings.record(
            visit,
            new FindingDetails(VisitArea.QUALITY, Severity.MEDIUM, "Only members see this"),
            List.of(new Upload("floor.png", PNG)));
    ratings.rate(visit, Map.of(VisitArea.QUALITY, 3));
    actions.create(
        visit,
        new NewActionItem(
            finding.getId(),
            "Retrain the callback team",
            access.caller().getId(),
            LocalDate.of(2026, 4, 1))); // overdue: the lists mark it
  }

  private void toReview(long visit) {
    visits.sendToReview(visit, visits.find(visit).getVersion());
  }

  /** Signed by both sides' coordinators, then amended (the amendment not signed yet). */
  private void signedAndAmended(long visit, long workspace, String clientAdmin) {
    toReview(visit);
    signOffs.signReport(visit);
    access.openWorkspace(workspace, ATLAS_ADMIN);
    signOffs.signReport(visit);
    access.openWorkspace(workspace, clientAdmin);
    amendments.add(visit, "The tour also covered the training room");
  }
}
