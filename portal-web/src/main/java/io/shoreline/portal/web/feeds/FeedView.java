package io.shoreline.portal.web.feeds;

import io.shoreline.portal.feeds.CellCondition;
import io.shoreline.portal.feeds.DiffRow;
import io.shoreline.portal.feeds.Feed;
import io.shoreline.portal.feeds.FeedColumn;
import io.shoreline.portal.feeds.FeedRow;
import io.shoreline.portal.feeds.FeedRows;
import io.shoreline.portal.feeds.FeedVersion;
import io.shoreline.portal.feeds.Feeds;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.visits.AccountNames;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.PagedRows;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.LazyDataModel;

/**
 * Backing bean of app/feed.xhtml?w=ID&f=FEED[&from=N&to=M]: a feed's current rows (filtered per
 * column), its versions with who sent them from where, and, when two versions are chosen, what
 * changed between them. Every table reads one page from the database.
 */
@Named
@RequestScoped
public class FeedView {

  public static final int PAGE_SIZE = 25;
  private static final String VIEW_KEY = FeedView.class.getName() + ".f";
  private static final String AS_OF_KEY = FeedView.class.getName() + ".v";

  @Inject Tenants tenants;
  @Inject Feeds feeds;
  @Inject FeedRows rows;
  @Inject AccountNames names;
  @Inject Outcomes outcomes;

  private String f;
  private String v;
  private Feed feed;
  private LazyDataModel<FeedRow> rowModel;
  private LazyDataModel<FeedVersion> versionModel;
  private LazyDataModel<DiffRow> diffModel;
  private final Map<Long, String> submitters = new HashMap<>();

  @PostConstruct
  void createModels() {
    rowModel =
        new FeedRowsModel(
            outcomes,
            new FeedRowsModel.Reader() {
              @Override
              public List<FeedRow> page(List<CellCondition> conditions, int first, int max) {
                tenants.workspace();
                return rows.page(getFeedId(), getAsOf(), conditions, first, max);
              }

              @Override
              public long count(List<CellCondition> conditions) {
                tenants.workspace();
                return rows.count(getFeedId(), getAsOf(), conditions);
              }
            });
    versionModel =
        new PagedRows<>(
            outcomes,
            () -> {
              tenants.workspace();
              return rows.versionCount(getFeedId());
            },
            (first, max) -> {
              tenants.workspace();
              List<FeedVersion> page = rows.versions(getFeedId(), first, max);
              submitters.putAll(
                  names.of(
                      page.stream()
                          .map(FeedVersion::getSubmitterAccountId)
                          .filter(Objects::nonNull)
                          .toList()));
              return page;
            },
            FeedVersion::getNumber);
    diffModel =
        new PagedRows<>(
            outcomes,
            () -> {
              tenants.workspace();
              return rows.diffCount(getFeedId(), getFrom(), getTo());
            },
            (first, max) -> {
              tenants.workspace();
              return rows.diff(getFeedId(), getFrom(), getTo(), first, max);
            },
            DiffRow::key);
  }

  /** The view action: membership, then the feed (another workspace's is not found). */
  public void open() {
    getFeed();
  }

  public Feed getFeed() {
    if (feed == null) {
      feed =
          outcomes
              .attempt(
                  () -> {
                    tenants.workspace();
                    return feeds.find(getFeedId());
                  })
              .orElse(null);
    }
    return feed;
  }

  public Partnership getWorkspace() {
    return outcomes.attempt(() -> tenants.workspace().getPartnership()).orElse(null);
  }

  public List<FeedColumn> getColumns() {
    return getFeed() == null ? List.of() : getFeed().columns().list();
  }

  /** The header an upload needs, e.g. "date, queue, offered". */
  public String getColumnNames() {
    return String.join(", ", getFeed() == null ? List.of() : getFeed().columns().names());
  }

  /** Whether the caller's side publishes this feed and may submit now. */
  public boolean isCanSubmit() {
    return getFeed() != null
        && outcomes
            .attempt(
                () -> {
                  tenants.workspace();
                  return feeds.canPublish(feed.getDirection());
                })
            .orElse(false);
  }

  public boolean isCanDefine() {
    return getFeed() != null
        && outcomes
            .attempt(
                () -> {
                  tenants.workspace();
                  return feeds.canDefine(feed.getDirection());
                })
            .orElse(false);
  }

  /** Who sent a version: the account's name, or the API token it came through. */
  public String submitter(FeedVersion version) {
    return version.getSubmitterAccountId() == null
        ? version.getSource()
        : submitters.getOrDefault(version.getSubmitterAccountId(), "")
            + " · "
            + version.getSource();
  }

  public boolean isComparing() {
    return getFrom() > 0 && getTo() > 0 && getFrom() != getTo();
  }

  public int getFrom() {
    return number("from");
  }

  public int getTo() {
    return number("to");
  }

  private static int number(String parameter) {
    try {
      return Integer.parseInt(String.valueOf(RowParameters.parameter(parameter)).strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  public long getFeedId() {
    return Ids.parse(getF(), "feed");
  }

  /** The view parameter; on a postback the form's "f", else the one the view was opened with. */
  public String getF() {
    if (f != null) {
      return f;
    }
    String posted = RowParameters.parameter("f");
    return posted != null
        ? posted
        : (String) FacesContext.getCurrentInstance().getViewRoot().getViewMap().get(VIEW_KEY);
  }

  public void setF(String f) {
    this.f = f;
    FacesContext.getCurrentInstance().getViewRoot().getViewMap().put(VIEW_KEY, f);
  }

  /**
   * The version whose rows are shown (0: the current one): "v", as a scorecard figure's provenance
   * links to the version it was read from.
   */
  public int getAsOf() {
    String shown = v != null ? v : RowParameters.parameter("v");
    if (shown == null) {
      shown = (String) FacesContext.getCurrentInstance().getViewRoot().getViewMap().get(AS_OF_KEY);
    }
    return shown == null || shown.isBlank() ? 0 : (int) Ids.parse(shown, "feed version");
  }

  public String getV() {
    return v;
  }

  public void setV(String v) {
    this.v = v;
    FacesContext.getCurrentInstance().getViewRoot().getViewMap().put(AS_OF_KEY, v);
  }

  public LazyDataModel<FeedRow> getRowModel() {
    return rowModel;
  }

  public LazyDataModel<FeedVersion> getVersionModel() {
    return versionModel;
  }

  public LazyDataModel<DiffRow> getDiffModel() {
    return diffModel;
  }

  public int getPageSize() {
    return PAGE_SIZE;
  }
}
