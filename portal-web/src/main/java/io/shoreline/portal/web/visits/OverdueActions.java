package io.shoreline.portal.web.visits;

import io.shoreline.portal.visits.ActionItems;
import io.shoreline.portal.visits.ActionRow;
import io.shoreline.portal.web.platform.Dates;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The workspace home's panel of action items still open after their due date in the viewer's today:
 * the oldest few and how many there are in all.
 */
@Named
@RequestScoped
public class OverdueActions {

  static final int SHOWN = 5;

  @Inject Tenants tenants;
  @Inject ActionItems actions;
  @Inject Dates dates;
  @Inject Outcomes outcomes;

  private List<ActionRow> oldest;
  private Long count;

  public List<ActionRow> getOldest() {
    if (oldest == null) {
      oldest =
          outcomes
              .attempt(
                  () -> {
                    tenants.workspace();
                    return actions.overdue(dates.today(), SHOWN);
                  })
              .orElse(List.of());
    }
    return oldest;
  }

  public long getCount() {
    if (count == null) {
      count =
          getOldest().size() < SHOWN
              ? getOldest().size()
              : outcomes
                  .attempt(
                      () -> {
                        tenants.workspace();
                        return actions.overdueCount(dates.today());
                      })
                  .orElse(0L);
    }
    return count;
  }
}
