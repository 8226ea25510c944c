package io.shoreline.portal.visits;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.identity.Account;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.WorkspaceRole;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;

/**
 * Action items of the workspace's visits: given to a member of either side while the report is
 * open, then moved along by their owner, their creator or a coordinator, also after sign-off.
 */
@Stateless
@TenantBound
@Audited
public class ActionItems {

  static final List<ActionStatus> OPEN_STATES =
      List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS);
  private static final String ROWS = "FROM ActionItem a, Account o WHERE o.id = a.ownerId";

  @PersistenceContext EntityManager em;
  @Inject CallerMembership member;
  @Inject TenantAccess access;
  @Inject TimeSource time;
  @Inject SiteVisits visits;
  @Inject Memberships memberships;
  @Inject ActionNotice notice;

  public ActionItem create(long visitId, NewActionItem details) {
    NewActionItem valid = details.validated();
    SiteVisit visit = visits.openForChange(visitId);
    Account owner = requireMember(valid.ownerId());
    if (valid.findingId() != null) {
      Finding finding = em.find(Finding.class, valid.findingId());
      if (finding == null || finding.getVisitId() != visitId) {
        throw new RuleViolation("actions.findingOfOtherVisit");
      }
    }
    return persist(ActionOrigin.visit(visitId), valid, owner, visit.getSiteName());
  }

  /**
   * An incident's corrective action or what a feedback item asks for. The caller has opened the
   * incident or feedback item of this workspace for change (the composite foreign key holds it
   * too); only a visit's items name a finding.
   */
  public ActionItem createFor(ActionOrigin origin, NewActionItem details) {
    NewActionItem valid = details.validated();
    member.toWrite();
    if (origin.visitId() != null || valid.findingId() != null) {
      throw new IllegalArgumentException("visit actions are created with create(visitId, …)");
    }
    return persist(origin, valid, requireMember(valid.ownerId()), origin.label());
  }

  /** Items of an incident or feedback item (not of a visit: {@link #ofVisit}), by due date. */
  public List<ActionRow> of(ActionOrigin origin) {
    member.get();
    boolean incident = origin.incidentId() != null;
    return em.createQuery(
            "SELECT a, o.displayName "
                + ROWS
                + (incident ? " AND a.incidentId = :origin" : " AND a.feedbackId = :origin")
                + " ORDER BY a.dueOn, a.id",
            Object[].class)
        .setParameter("origin", incident ? origin.incidentId() : origin.feedbackId())
        .getResultStream()
        .map(ActionRow::of)
        .toList();
  }

  private ActionItem persist(
      ActionOrigin origin, NewActionItem valid, Account owner, String originName) {
    ActionItem item = new ActionItem(origin, valid, access.callerId(), time.now());
    em.persist(item);
    em.flush(); // the notification names its id
    notice.tell(owner, item, originName);
    return item;
  }

  public ActionItem move(long id, long seenVersion, ActionStatus status) {
    if (status == null) {
      throw new RuleViolation("actions.statusRequired");
    }
    ActionItem item = toChange(id, seenVersion);
    requireOwnerCreatorOrCoordinator(item);
    item.move(status);
    return item;
  }

  /** Gives the item to someone else or another date; the new owner is told. */
  public ActionItem reassign(long id, long seenVersion, long ownerId, LocalDate dueOn) {
    if (dueOn == null) {
      throw new RuleViolation("actions.dueRequired");
    }
    ActionItem item = toChange(id, seenVersion);
    requireOwnerCreatorOrCoordinator(item);
    Account owner = requireMember(ownerId);
    boolean newOwner = item.getOwnerId() != ownerId;
    item.reassign(ownerId, dueOn);
    if (newOwner) {
      notice.tell(owner, item, originName(item));
    }
    return item;
  }

  public ActionComment comment(long id, String text) {
    String remark = VisitTexts.required(text, ActionComment.TEXT_LENGTH, "actions.comment");
    member.toWrite();
    ActionItem item = find(id);
    ActionComment comment = new ActionComment(item.getId(), access.callerId(), remark, time.now());
    em.persist(comment);
    return comment;
  }

  public ActionItem find(long id) {
    member.get();
    ActionItem item = em.find(ActionItem.class, id);
    if (item == null) {
      throw new NoSuchRecordException("action item", id);
    }
    return item;
  }

  public List<ActionComment> comments(long id) {
    find(id);
    return em.createNamedQuery(ActionComment.OF_ITEM, ActionComment.class)
        .setParameter("item", id)
        .getResultList();
  }

  /** A page of the workspace's items by due date, each with its owner's name. */
  public List<ActionRow> page(ActionFilter filter, int first, int max) {
    member.get();
    TypedQuery<Object[]> query =
        em.createQuery(
            "SELECT a, o.displayName " + ROWS + filter.where() + " ORDER BY a.dueOn, a.id",
            Object[].class);
    return bind(query, filter)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultStream()
        .map(ActionRow::of)
        .toList();
  }

  public long count(ActionFilter filter) {
    member.get();
    return bind(em.createQuery("SELECT COUNT(a) " + ROWS + filter.where(), Long.class), filter)
        .getSingleResult();
  }

  public List<ActionRow> ofVisit(long visitId) {
    visits.find(visitId);
    return em.createQuery(
            "SELECT a, o.displayName " + ROWS + " AND a.visitId = :visit ORDER BY a.dueOn, a.id",
            Object[].class)
        .setParameter("visit", visitId)
        .getResultStream()
        .map(ActionRow::of)
        .toList();
  }

  /** Still open after their due date ({@code today} in the viewer's zone), oldest first. */
  public List<ActionRow> overdue(LocalDate today, int max) {
    return page(ActionFilter.overdueOn(today), 0, max);
  }

  public long overdueCount(LocalDate today) {
    return count(ActionFilter.overdueOn(today));
  }

  private <T> TypedQuery<T> bind(TypedQuery<T> query, ActionFilter filter) {
    if (filter.openOnly()) {
      query.setParameter("openStates", OPEN_STATES);
    }
    if (filter.dueBefore() != null) {
      query.setParameter("dueBefore", filter.dueBefore());
    }
    if (filter.mineOnly()) {
      query.setParameter("me", access.callerId());
    }
    return query;
  }

  /**
   * The item, locked: of two people moving it at once the second reads the first one's change and
   * is refused by the version check, not by a failing commit.
   */
  private ActionItem toChange(long id, long seenVersion) {
    member.toWrite();
    ActionItem item = em.find(ActionItem.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (item == null) {
      throw new NoSuchRecordException("action item", id);
    }
    ChangedMeanwhileException.check("action item", id, item.getVersion(), seenVersion);
    return item;
  }

  private String originName(ActionItem item) {
    return item.getVisitId() == null
        ? item.origin().label()
        : visits.find(item.getVisitId()).getSiteName();
  }

  private void requireOwnerCreatorOrCoordinator(ActionItem item) {
    long me = access.callerId();
    if (item.getOwnerId() != me && item.getCreatedBy() != me && !member.isCoordinator()) {
      throw new NotAllowedException("not the owner, creator or a coordinator");
    }
  }

  private Account requireMember(long accountId) {
    return memberships
        .find(member.workspaceId(), accountId)
        // a viewer could not move the item along: only who can write owns one
        .filter(membership -> membership.getRole() != WorkspaceRole.VIEWER)
        .map(Membership::getAccount)
        .orElseThrow(() -> new RuleViolation("actions.ownerNotMember"));
  }
}
