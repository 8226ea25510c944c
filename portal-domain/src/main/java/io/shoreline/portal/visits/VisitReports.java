package io.shoreline.portal.visits;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads a visit's whole report for the request's workspace. */
@Stateless
public class VisitReports {

  @Inject SiteVisits visits;
  @Inject VisitParticipants participants;
  @Inject VisitAgenda agenda;
  @Inject Findings findings;
  @Inject VisitRatings ratings;
  @Inject ActionItems actions;
  @Inject SignOffs signOffs;
  @Inject Amendments amendments;
  @Inject AccountNames names;

  public VisitReport of(long visitId) {
    SiteVisit visit = visits.find(visitId);
    List<AgendaItem> points = agenda.ofVisit(visitId);
    List<Finding> found = findings.ofVisit(visitId);
    List<VisitAmendment> corrections = amendments.ofVisit(visitId);
    Set<Long> people = new HashSet<>();
    people.add(visit.getPlannedBy());
    points.forEach(point -> people.add(point.getAddedBy()));
    found.forEach(finding -> people.add(finding.getRecordedBy()));
    corrections.forEach(amendment -> people.add(amendment.getWrittenBy()));
    return new VisitReport(
        visit,
        participants.ofVisit(visitId),
        points,
        found,
        findings.photosOfVisit(visitId),
        ratings.byArea(visitId),
        actions.ofVisit(visitId),
        signOffs.ofVisit(visitId),
        corrections,
        names.of(people));
  }
}
