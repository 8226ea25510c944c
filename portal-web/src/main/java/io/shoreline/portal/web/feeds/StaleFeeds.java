package io.shoreline.portal.web.feeds;

import io.shoreline.portal.feeds.Feed;
import io.shoreline.portal.feeds.Feeds;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The workspace home's warning: the feeds that missed their cadence. */
@Named
@RequestScoped
public class StaleFeeds {

  @Inject Tenants tenants;
  @Inject Feeds feeds;
  @Inject Outcomes outcomes;

  private List<Feed> stale;

  public List<Feed> getStale() {
    if (stale == null) {
      stale =
          outcomes
              .attempt(
                  () -> {
                    tenants.workspace();
                    return feeds.stale();
                  })
              .orElse(List.of());
    }
    return stale;
  }
}
