package io.shoreline.portal.web.visits;

import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.visits.AreaRating;
import io.shoreline.portal.visits.SiteVisit;
import io.shoreline.portal.visits.SiteVisits;
import io.shoreline.portal.visits.VisitRatings;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.Tenants;
import io.shoreline.portal.web.platform.UserSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Backing bean of app/site-history.xhtml?w=ID&site=ID: the workspace's visits to one of the
 * vendor's sites, oldest first, and how their ratings went. The site's name comes from the visits
 * (the site record is the vendor's private data), so a site never visited in this workspace is not
 * found.
 */
@Named
@RequestScoped
public class SiteHistory {

  @Inject Tenants tenants;
  @Inject SiteVisits visits;
  @Inject VisitRatings ratings;
  @Inject UserSettings settings;
  @Inject Outcomes outcomes;

  private String site;
  private List<SiteVisit> history;
  private List<AreaRating> scores;

  /** The view action: the workspace, then the site's visits, or 404. */
  public void open() {
    getVisits();
  }

  public List<SiteVisit> getVisits() {
    if (history == null) {
      history =
          outcomes
              .attempt(
                  () -> {
                    tenants.workspace();
                    long siteId = Ids.parse(site, "site");
                    List<SiteVisit> found = visits.atSite(siteId);
                    if (found.isEmpty()) {
                      throw new NoSuchRecordException("site", siteId);
                    }
                    scores = ratings.atSite(siteId);
                    return found;
                  })
              .orElse(List.of());
    }
    return history;
  }

  /** The name the latest visit copied from the vendor's site. */
  public String getSiteName() {
    List<SiteVisit> all = getVisits();
    return all.isEmpty() ? "" : all.get(all.size() - 1).getSiteName();
  }

  public boolean isRated() {
    getVisits();
    return scores != null && !scores.isEmpty();
  }

  /** Chart.js JSON for p:chart: the average and each area's rating per visit. */
  public String getChart() {
    getVisits();
    return RatingTrend.json(
        history,
        scores == null ? List.of() : scores,
        ResourceBundle.getBundle("io.shoreline.portal.web.messages", settings.getLocale()));
  }

  public Partnership getWorkspace() {
    return outcomes.attempt(() -> tenants.workspace().getPartnership()).orElse(null);
  }

  public String getSite() {
    return site;
  }

  public void setSite(String site) {
    this.site = site;
  }
}
