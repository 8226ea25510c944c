package io.shoreline.portal.scorecards.feedback;

import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.OrganizationKind;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * What every step on feedback checks first: the item is of this workspace (another workspace's is
 * not found, before anything else is looked at), the caller may write and is of the side the step
 * belongs to, and saw the item's current version.
 */
@Dependent
public class FeedbackSteps {

  @PersistenceContext EntityManager em;
  @Inject CallerMembership member;

  FeedbackItem find(long id) {
    member.get();
    FeedbackItem item = em.find(FeedbackItem.class, id);
    if (item == null) {
      throw new NoSuchRecordException("feedback item", id);
    }
    return item;
  }

  /** The item, locked, to change as the caller saw it, by a writer of that side. */
  FeedbackItem toChange(long id, long seenVersion, OrganizationKind side) {
    find(id);
    writerOf(side);
    FeedbackItem item = em.find(FeedbackItem.class, id, LockModeType.PESSIMISTIC_WRITE);
    ChangedMeanwhileException.check("feedback item", id, item.getVersion(), seenVersion);
    return item;
  }

  /** The caller, who may write and is of that side (null: either side). */
  Membership writerOf(OrganizationKind side) {
    Membership writer = member.toWrite();
    if (side != null && side(writer) != side) {
      throw new NotAllowedException("only the " + side + " side may do this with feedback");
    }
    return writer;
  }

  boolean isWriterOf(OrganizationKind side) {
    return member.canWrite() && side(member.get()) == side;
  }

  long workspaceId() {
    return member.workspaceId();
  }

  static OrganizationKind side(Membership membership) {
    return membership.getAccount().getOrganization().getKind();
  }
}
