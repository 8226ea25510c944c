package io.shoreline.portal.visits;

/**
 * Where an action item comes from: a visit (and maybe one of its findings), an incident's
 * corrective actions, or a customer feedback item. Exactly one of the three ids is set; the label
 * names an incident or feedback item in mails, as it was called when the action was given.
 */
public record ActionOrigin(Long visitId, Long incidentId, Long feedbackId, String label) {

  public ActionOrigin {
    int set =
        (visitId == null ? 0 : 1) + (incidentId == null ? 0 : 1) + (feedbackId == null ? 0 : 1);
    if (set != 1) {
      throw new IllegalArgumentException("an action item comes from exactly one origin");
    }
  }

  public static ActionOrigin visit(long visitId) {
    return new ActionOrigin(visitId, null, null, null);
  }

  public static ActionOrigin incident(long incidentId, String title) {
    return new ActionOrigin(null, incidentId, null, title);
  }

  public static ActionOrigin feedback(long feedbackId, String topic) {
    return new ActionOrigin(null, null, feedbackId, topic);
  }

  /** The key of the mail phrase that names the origin ("the visit to {0}", …). */
  String mailKey() {
    return visitId != null
        ? "action.origin.visit"
        : incidentId != null ? "action.origin.incident" : "action.origin.feedback";
  }
}
