package io.shoreline.portal.scorecards.feedback;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.tenancy.OrganizationKind;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import io.shoreline.portal.threads.Conversation;
import io.shoreline.portal.threads.NewThread;
import io.shoreline.portal.threads.Threads;
import io.shoreline.portal.visits.ActionItem;
import io.shoreline.portal.visits.ActionItems;
import io.shoreline.portal.visits.ActionOrigin;
import io.shoreline.portal.visits.NewActionItem;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * What the client makes of a feedback item, each once: a thread that quotes it and links back to
 * it, and an action item for someone of either side with a due date. The item shows both.
 */
@Stateless
@TenantBound
@Audited
public class FeedbackFollowUps {

  @Inject FeedbackSteps steps;
  @Inject Threads threads;
  @Inject ActionItems actions;

  /** A thread in the category, quoting the item, with the client's own words after the quote. */
  public Conversation toThread(long id, long seenVersion, long categoryId, String note) {
    FeedbackItem item = steps.toChange(id, seenVersion, OrganizationKind.CLIENT);
    if (item.getConversationId() != null) {
      throw new RuleViolation("feedback.threadAlready");
    }
    Conversation thread =
        threads.start(
            new NewThread(
                categoryId,
                FeedbackQuote.title(item),
                FeedbackQuote.markdown(item, steps.workspaceId(), note),
                List.of()));
    item.becameThread(thread.getId());
    return thread;
  }

  public ActionItem toAction(long id, long seenVersion, NewActionItem action) {
    FeedbackItem item = steps.toChange(id, seenVersion, OrganizationKind.CLIENT);
    if (item.getActionItemId() != null) {
      throw new RuleViolation("feedback.actionAlready");
    }
    ActionItem created = actions.createFor(ActionOrigin.feedback(id, item.getTopic()), action);
    item.becameAction(created.getId());
    return created;
  }
}
