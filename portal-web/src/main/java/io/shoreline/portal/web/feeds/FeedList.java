package io.shoreline.portal.web.feeds;

import io.shoreline.portal.feeds.Feed;
import io.shoreline.portal.feeds.FeedDirection;
import io.shoreline.portal.feeds.Feeds;
import io.shoreline.portal.tenancy.OrganizationKind;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.visits.AccountNames;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.PagedRows;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.LazyDataModel;

/**
 * Backing bean of app/feeds.xhtml?w=ID: the workspace's feeds both ways, with their cadence, last
 * version and stale mark; a coordinator of either side defines the feeds their side publishes.
 */
@Named
@RequestScoped
public class FeedList {

  public static final int PAGE_SIZE = 20;

  @Inject Tenants tenants;
  @Inject Feeds feeds;
  @Inject Outcomes outcomes;
  @Inject AccountNames names;

  private final Map<Long, String> senders = new HashMap<>();

  private LazyDataModel<Feed> model;
  private Partnership workspace;

  @PostConstruct
  void createModel() {
    model =
        new PagedRows<>(
            outcomes,
            () -> {
              tenants.workspace();
              return feeds.count();
            },
            (first, max) -> {
              tenants.workspace();
              List<Feed> page = feeds.page(first, max);
              senders.putAll(
                  names.of(
                      page.stream().map(Feed::getLastVersionBy).filter(Objects::nonNull).toList()));
              return page;
            },
            Feed::getId);
  }

  /** The view action: checks membership before anything of the workspace is read. */
  public void open() {
    getWorkspace();
  }

  public Partnership getWorkspace() {
    if (workspace == null) {
      workspace = outcomes.attempt(() -> tenants.workspace().getPartnership()).orElse(null);
    }
    return workspace;
  }

  /** The direction of the feeds the caller's side publishes. */
  public FeedDirection getOwnDirection() {
    return tenants.caller().getOrganization().getKind() == OrganizationKind.CLIENT
        ? FeedDirection.CLIENT_TO_VENDOR
        : FeedDirection.VENDOR_TO_CLIENT;
  }

  public boolean isCanDefine() {
    return outcomes
        .attempt(
            () -> {
              tenants.workspace();
              return feeds.canDefine(getOwnDirection());
            })
        .orElse(false);
  }

  /** Who sent the feed's current version, and from where ("Amina Haddad · UI"). */
  public String sender(Feed feed) {
    String source = String.valueOf(feed.getLastVersionSource());
    return feed.getLastVersionBy() == null
        ? source
        : senders.getOrDefault(feed.getLastVersionBy(), "") + " · " + source;
  }

  public LazyDataModel<Feed> getModel() {
    return model;
  }

  public int getPageSize() {
    return PAGE_SIZE;
  }
}
