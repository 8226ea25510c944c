package io.shoreline.portal.web.visits;

import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.visits.ActionFilter;
import io.shoreline.portal.visits.ActionItems;
import io.shoreline.portal.visits.ActionRow;
import io.shoreline.portal.visits.SiteVisit;
import io.shoreline.portal.visits.SiteVisits;
import io.shoreline.portal.web.platform.Dates;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.PagedRows;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.primefaces.model.LazyDataModel;

/**
 * Backing bean of app/action-items.xhtml?w=ID: the workspace's action items by due date, a page at
 * a time, open ones only unless asked (open=false) and the caller's own only if asked (mine=true);
 * those past their due date in the viewer's today are marked overdue.
 */
@Named
@RequestScoped
public class ActionItemList {

  public static final int PAGE_SIZE = 20;

  @Inject Tenants tenants;
  @Inject ActionItems actions;
  @Inject SiteVisits visits;
  @Inject Dates dates;
  @Inject Outcomes outcomes;

  private LazyDataModel<ActionRow> model;
  private String open;
  private String mine;
  private final Map<Long, String> visitLabels = new HashMap<>();

  @PostConstruct
  void createModel() {
    model =
        new PagedRows<>(
            outcomes,
            () -> {
              tenants.workspace();
              return actions.count(filter());
            },
            (first, max) -> {
              tenants.workspace();
              return actions.page(filter(), first, max);
            },
            row -> row.item().getId());
  }

  /** The view action: checks membership before anything of the workspace is read. */
  public void open() {
    getWorkspace();
  }

  public Partnership getWorkspace() {
    return outcomes.attempt(() -> tenants.workspace().getPartnership()).orElse(null);
  }

  public boolean isOverdue(ActionRow row) {
    return row.item().isOverdueOn(dates.today());
  }

  /** "Lisbon, 3 Dec 2026": the visit's site and first day on the site's clock. */
  public String visitLabel(long visitId) {
    return visitLabels.computeIfAbsent(
        visitId,
        id ->
            outcomes
                .attempt(
                    () -> {
                      tenants.workspace();
                      SiteVisit visit = visits.find(id);
                      return visit.getSiteName() + ", " + dates.day(siteDay(visit));
                    })
                .orElse("#" + id));
  }

  public LazyDataModel<ActionRow> getModel() {
    return model;
  }

  public int getPageSize() {
    return PAGE_SIZE;
  }

  /** Open ones only unless the request says open=false (a GET or the table's own postback). */
  public boolean isOpenOnly() {
    return !"false".equals(requested(open, "open"));
  }

  public boolean isMineOnly() {
    return "true".equals(requested(mine, "mine"));
  }

  public String getOpen() {
    return open;
  }

  public void setOpen(String open) {
    this.open = open;
  }

  public String getMine() {
    return mine;
  }

  public void setMine(String mine) {
    this.mine = mine;
  }

  private ActionFilter filter() {
    return new ActionFilter(isOpenOnly(), isMineOnly(), null);
  }

  private static LocalDate siteDay(SiteVisit visit) {
    return visit.getStartsAt().atZone(java.time.ZoneId.of(visit.getSiteTimeZone())).toLocalDate();
  }

  private static String requested(String viewParameter, String name) {
    return viewParameter != null ? viewParameter : RowParameters.parameter(name);
  }
}
