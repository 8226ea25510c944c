package io.shoreline.portal.scorecards.feedback;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.identity.Account;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.OrganizationKind;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The customer feedback of the request's workspace: recorded and corrected by the vendor's members
 * who may write, flagged for the client's attention (or no longer) by a writer of either side, read
 * by every member as a filtered list and as trends by topic. What the client makes of an item is
 * {@link FeedbackFollowUps}.
 */
@Stateless
@TenantBound
@Audited
public class Feedback {

  /** Where the portal's own pages record items (a token's name otherwise). */
  public static final String PORTAL_SOURCE = "portal";

  static final int MOST_TOPICS = 500;

  @PersistenceContext EntityManager em;
  @Inject CallerMembership member;
  @Inject TimeSource time;
  @Inject FeedbackSteps steps;
  @Inject FeedbackRecorder recorder;
  @Inject FeedbackQueries queries;
  @Inject FeedbackNotice notice;

  public FeedbackItem record(FeedbackDetails details, boolean flagged) {
    Membership writer = steps.writerOf(OrganizationKind.VENDOR);
    Account person = writer.getAccount();
    FeedbackItem.Recorder by =
        new FeedbackItem.Recorder(
            person.getOrganization().getId(),
            person.getId(),
            PORTAL_SOURCE,
            person.getDisplayName());
    return recorder.record(List.of(new NewFeedback(details, flagged, null)), by).get(0).item();
  }

  public FeedbackItem correct(long id, long seenVersion, FeedbackDetails details) {
    FeedbackDetails valid = details.validated(FeedbackRecorder.today(time.now()));
    FeedbackItem item = steps.toChange(id, seenVersion, OrganizationKind.VENDOR);
    item.correct(valid);
    return item;
  }

  /** Flags it for the client's attention (the client's coordinators are told), or no longer. */
  public FeedbackItem flag(long id, long seenVersion, boolean forAttention) {
    FeedbackItem item = steps.toChange(id, seenVersion, null);
    boolean newly = forAttention && !item.isFlagged();
    item.flag(forAttention);
    if (newly) {
      Account person = member.get().getAccount();
      notice.flagged(item, person.getDisplayName(), person.getId());
    }
    return item;
  }

  public FeedbackItem find(long id) {
    return steps.find(id);
  }

  public List<FeedbackItem> page(FeedbackFilter filter, int first, int max) {
    member.get();
    return queries.page(filter, first, max);
  }

  public long count(FeedbackFilter filter) {
    member.get();
    return queries.count(filter);
  }

  public FeedbackTrends trends(FeedbackFilter filter, TrendPeriod period) {
    member.get();
    return queries.trends(filter, period, FeedbackRecorder.today(time.now()));
  }

  public List<String> topics() {
    member.get();
    return queries.topics(MOST_TOPICS);
  }

  /** Flagged items the client made nothing of yet, latest first: the client's home card. */
  public List<FeedbackItem> unanswered(int max) {
    member.get();
    return em.createNamedQuery(FeedbackItem.UNANSWERED, FeedbackItem.class)
        .setMaxResults(max)
        .getResultList();
  }

  public long countUnanswered() {
    member.get();
    return em.createNamedQuery(FeedbackItem.COUNT_UNANSWERED, Long.class).getSingleResult();
  }

  /** Whether the caller may record and correct items (a vendor's member who may write). */
  public boolean canRecord() {
    return steps.isWriterOf(OrganizationKind.VENDOR);
  }

  /** Whether the caller may turn items into threads and action items. */
  public boolean canFollowUp() {
    return steps.isWriterOf(OrganizationKind.CLIENT);
  }

  /** Whether the caller is of the client's side (any role). */
  public boolean isClientSide() {
    return FeedbackSteps.side(member.get()) == OrganizationKind.CLIENT;
  }

  public boolean canFlag() {
    return member.canWrite();
  }
}
