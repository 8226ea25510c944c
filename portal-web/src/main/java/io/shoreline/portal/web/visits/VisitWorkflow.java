package io.shoreline.portal.web.visits;

import io.shoreline.portal.visits.Amendments;
import io.shoreline.portal.visits.SignOffs;
import io.shoreline.portal.visits.SiteVisits;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.platform.RowParameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The report's way to its sign-off on app/visit.xhtml: to review, back (coordinators), signed by
 * one coordinator of each side; then amendments, each signed off the same way.
 */
@Named
@RequestScoped
public class VisitWorkflow {

  @Inject SiteVisits visits;
  @Inject SignOffs signOffs;
  @Inject Amendments amendments;
  @Inject VisitView view;
  @Inject VisitChanges changes;

  private String amendment;

  public String sendToReview() {
    return changes.run(
        () -> visits.sendToReview(view.getVisitId(), RowParameters.version()),
        "visits.sentToReview");
  }

  public String reopen() {
    return changes.run(
        () -> signOffs.reopen(view.getVisitId(), RowParameters.version()), "visits.reopened");
  }

  public String signOff() {
    return changes.run(() -> signOffs.signReport(view.getVisitId()), "visits.signed");
  }

  public String addAmendment() {
    return changes.run(() -> amendments.add(view.getVisitId(), amendment), "visits.amended");
  }

  /** The amendment's number travels as the row's "number" parameter. */
  public String signAmendment() {
    return changes.run(
        () ->
            signOffs.signAmendment(
                view.getVisitId(),
                Math.toIntExact(Ids.parse(RowParameters.parameter("number"), "amendment"))),
        "visits.amendmentSigned");
  }

  public String getAmendment() {
    return amendment;
  }

  public void setAmendment(String amendment) {
    this.amendment = amendment;
  }
}
