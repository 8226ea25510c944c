package io.shoreline.portal.web.feeds;

import io.shoreline.portal.feeds.ColumnType;
import io.shoreline.portal.feeds.Feed;
import io.shoreline.portal.feeds.FeedCadence;
import io.shoreline.portal.feeds.FeedColumns;
import io.shoreline.portal.feeds.FeedDefinition;
import io.shoreline.portal.feeds.FeedDirection;
import io.shoreline.portal.feeds.Feeds;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.tenancy.OrganizationKind;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Backing bean of app/feed-edit.xhtml?w=ID[&f=FEED]: defines a feed of the caller's side, its
 * columns in a table (add, remove, move), and when a version is expected. The columns of a feed
 * that has versions are shown but cannot change: its stored rows follow them.
 */
@Named
@ViewScoped
public class FeedEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Tenants tenants;
  @Inject Feeds feeds;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private String f;
  private long version = -1;
  private boolean locked;
  private boolean loaded;
  private String name;
  private String description;
  private final List<ColumnRow> columns = new ArrayList<>();
  private String time = "09:00";
  private String zone = "Europe/Paris";
  // weekday names: a checkbox list posts strings, whatever the list's declared type
  private List<String> days = allDays();
  private boolean expected;

  /** The view action: membership, then the feed to edit (its definition fills the form). */
  public void open() {
    if (loaded) {
      return;
    }
    loaded = true;
    outcomes.attempt(
        () -> {
          tenants.workspace();
          if (isEditing()) {
            fill(feeds.find(getFeedId()));
          } else {
            columns.add(new ColumnRow());
          }
        });
  }

  private void fill(Feed feed) {
    name = feed.getName();
    description = feed.getDescription();
    version = feed.getVersion();
    locked = feed.getCurrentVersion() > 0;
    feed.columns().list().forEach(column -> columns.add(ColumnRow.of(column)));
    feed.cadence()
        .ifPresent(
            cadence -> {
              expected = true;
              time = cadence.time().toString();
              zone = cadence.zone().getId();
              days =
                  new ArrayList<>(cadence.days().stream().sorted().map(DayOfWeek::name).toList());
            });
  }

  public void addColumn() {
    if (!locked) {
      columns.add(new ColumnRow());
    }
  }

  public void removeColumn() {
    int index = index();
    if (!locked && index < columns.size() && columns.size() > 1) {
      columns.remove(index);
    }
  }

  public void moveUp() {
    int index = index();
    if (!locked && index > 0 && index < columns.size()) {
      columns.add(index - 1, columns.remove(index));
    }
  }

  public void moveDown() {
    int index = index();
    if (!locked && index + 1 < columns.size()) {
      columns.add(index + 1, columns.remove(index));
    }
  }

  public String save() {
    return outcomes
        .attempt(
            () -> {
              tenants.workspace();
              FeedDefinition definition = definition();
              Feed feed =
                  isEditing()
                      ? feeds.update(getFeedId(), RowParameters.version(), definition)
                      : feeds.create(definition);
              messages.info(isEditing() ? "feeds.saved" : "feeds.created");
              return "/app/feed?faces-redirect=true&w="
                  + tenants.getWorkspaceId()
                  + "&f="
                  + feed.getId();
            })
        .orElse(null);
  }

  private FeedDefinition definition() {
    FeedColumns defined = FeedColumns.of(columns.stream().map(ColumnRow::column).toList());
    return new FeedDefinition(name, description, getDirection(), defined, cadence());
  }

  private Optional<FeedCadence> cadence() {
    if (!expected) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new FeedCadence(
              LocalTime.parse(String.valueOf(time).strip()),
              FeedCadence.zone(zone),
              days.stream()
                  .map(DayOfWeek::valueOf)
                  .collect(
                      java.util.stream.Collectors.toCollection(
                          () -> EnumSet.noneOf(DayOfWeek.class)))));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new RuleViolation("feeds.cadence.incomplete");
    }
  }

  /** The caller's side publishes what it defines. */
  public FeedDirection getDirection() {
    return tenants.caller().getOrganization().getKind() == OrganizationKind.CLIENT
        ? FeedDirection.CLIENT_TO_VENDOR
        : FeedDirection.VENDOR_TO_CLIENT;
  }

  public boolean isCanDefine() {
    return outcomes
        .attempt(
            () -> {
              tenants.workspace();
              return feeds.canDefine(getDirection());
            })
        .orElse(false);
  }

  private static int index() {
    try {
      return Integer.parseInt(String.valueOf(RowParameters.parameter("index")));
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  public boolean isEditing() {
    String feed = getF();
    return feed != null && !feed.isBlank();
  }

  public long getFeedId() {
    return Ids.parse(getF(), "feed");
  }

  /** The view parameter, or on a postback the form's hidden "f" (whatever it names is checked). */
  public String getF() {
    String posted = RowParameters.parameter("f");
    return posted != null ? posted : f;
  }

  public void setF(String f) {
    this.f = f;
  }

  public ColumnType[] getTypes() {
    return ColumnType.values();
  }

  public DayOfWeek[] getWeekdays() {
    return DayOfWeek.values();
  }

  public List<ColumnRow> getColumns() {
    return columns;
  }

  public long getVersion() {
    return version;
  }

  public boolean isLocked() {
    return locked;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getTime() {
    return time;
  }

  public void setTime(String time) {
    this.time = time;
  }

  public String getZone() {
    return zone;
  }

  public void setZone(String zone) {
    this.zone = zone;
  }

  public List<String> getDays() {
    return days;
  }

  public void setDays(List<String> days) {
    this.days = days == null ? new ArrayList<>() : new ArrayList<>(days);
  }

  private static List<String> allDays() {
    List<String> all = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      all.add(day.name());
    }
    return all;
  }

  public boolean isExpected() {
    return expected;
  }

  public void setExpected(boolean expected) {
    this.expected = expected;
  }
}
