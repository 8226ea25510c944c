package io.shoreline.portal.visits;

import java.util.List;
import java.util.Map;

/** Everything of one visit a page or the PDF shows, read in a fixed number of queries. */
public record VisitReport(
    SiteVisit visit,
    List<Participant> participants,
    List<AgendaItem> agenda,
    List<Finding> findings,
    List<PhotoInfo> photos,
    Map<VisitArea, AreaRating> ratings,
    List<ActionRow> actions,
    List<SignOff> signOffs,
    List<VisitAmendment> amendments,
    Map<Long, String> names) {

  public List<Participant> visitors() {
    return participants.stream().filter(p -> p.role() == ParticipantRole.VISITOR).toList();
  }

  public List<Participant> hosts() {
    return participants.stream().filter(p -> p.role() == ParticipantRole.HOST).toList();
  }

  public List<PhotoInfo> photosOf(Finding finding) {
    return photos.stream().filter(p -> p.findingId() == finding.getId()).toList();
  }

  /** Signatures of the report (amendment 0) or of one amendment. */
  public List<SignOff> signOffsOf(int amendment) {
    return signOffs.stream().filter(s -> s.getAmendment() == amendment).toList();
  }

  public String nameOf(long accountId) {
    return names.getOrDefault(accountId, "#" + accountId);
  }
}
