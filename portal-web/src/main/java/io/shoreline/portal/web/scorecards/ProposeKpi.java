package io.shoreline.portal.web.scorecards;

import io.shoreline.portal.feeds.ColumnType;
import io.shoreline.portal.feeds.Feed;
import io.shoreline.portal.feeds.FeedColumn;
import io.shoreline.portal.feeds.FeedDirection;
import io.shoreline.portal.feeds.Feeds;
import io.shoreline.portal.scorecards.Direction;
import io.shoreline.portal.scorecards.Kpi;
import io.shoreline.portal.scorecards.KpiDefinition;
import io.shoreline.portal.scorecards.KpiSource;
import io.shoreline.portal.scorecards.Kpis;
import io.shoreline.portal.scorecards.Perspective;
import io.shoreline.portal.scorecards.TermsDetails;
import io.shoreline.portal.scorecards.Thresholds;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The form on app/kpis.xhtml with which a coordinator proposes a KPI and its first terms. Choosing
 * a feed offers its date and number columns; the other side's coordinators then agree or decline.
 */
@Named
@ViewScoped
public class ProposeKpi implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The feeds a KPI may read: a workspace's few vendor-to-client feeds, in one page. */
  static final int FEEDS_OFFERED = 100;

  @Inject Tenants tenants;
  @Inject Kpis kpis;
  @Inject Feeds feeds;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private String name;
  private String description;
  private String unit;
  private Perspective perspective;
  private Direction direction = Direction.HIGHER_IS_BETTER;

  /** "SOURCE:MEASURE", e.g. "FEED:RATIO" or "FEEDBACK:DELIGHTED_RATE". */
  private String measure;

  private Long feedId;
  private String dateColumn;
  private String valueColumn;
  private String secondColumn;
  private LocalDate effectiveFrom;
  private BigDecimal target;
  private BigDecimal amber;
  private BigDecimal red;
  private int weight = 10;
  private String note;
  private List<FeedChoice> vendorFeeds;

  public String propose() {
    return outcomes
        .attempt(
            () -> {
              tenants.workspace();
              Kpi kpi = kpis.propose(definition(), terms());
              messages.info("scorecard.kpiProposed", kpi.getName());
              return "/app/kpi?faces-redirect=true&w="
                  + tenants.getWorkspaceId()
                  + "&id="
                  + kpi.getId();
            })
        .orElse(null);
  }

  private KpiDefinition definition() {
    KpiSource source = measure == null ? null : KpiSource.valueOf(measure.split(":")[0]);
    String what = measure == null ? null : measure.split(":")[1];
    return new KpiDefinition(
        name,
        description,
        unit,
        perspective,
        direction,
        source,
        what,
        feedId,
        dateColumn,
        valueColumn,
        secondColumn);
  }

  private TermsDetails terms() {
    return new TermsDetails(
        effectiveFrom, new Thresholds(direction, target, amber, red), weight, note);
  }

  /** Every source and what it can measure, as "SOURCE:MEASURE". */
  public List<String> getMeasures() {
    List<String> all = new ArrayList<>();
    for (KpiSource source : KpiSource.values()) {
      source.measures().forEach(m -> all.add(source + ":" + m));
    }
    return all;
  }

  public boolean isFeedMeasure() {
    return measure != null && measure.startsWith(KpiSource.FEED + ":");
  }

  public boolean isSecondColumnNeeded() {
    return isFeedMeasure() && (measure.endsWith("WEIGHTED_MEAN") || measure.endsWith("RATIO"));
  }

  public List<FeedChoice> getVendorFeeds() {
    if (vendorFeeds == null) {
      vendorFeeds =
          outcomes
              .attempt(
                  () -> {
                    tenants.workspace();
                    return feeds.page(0, FEEDS_OFFERED).stream()
                        .filter(f -> f.getDirection() == FeedDirection.VENDOR_TO_CLIENT)
                        .map(FeedChoice::of)
                        .toList();
                  })
              .orElse(List.of());
    }
    return vendorFeeds;
  }

  public List<String> getDateColumns() {
    return chosenFeed().map(FeedChoice::dates).orElse(List.of());
  }

  public List<String> getNumberColumns() {
    return chosenFeed().map(FeedChoice::numbers).orElse(List.of());
  }

  private java.util.Optional<FeedChoice> chosenFeed() {
    return getVendorFeeds().stream()
        .filter(f -> f.id() == (feedId == null ? -1 : feedId))
        .findFirst();
  }

  /** A feed as the form offers it: kept in the view, so only names and columns. */
  public record FeedChoice(long id, String name, List<String> dates, List<String> numbers)
      implements Serializable {

    static FeedChoice of(Feed feed) {
      return new FeedChoice(
          feed.getId(),
          feed.getName(),
          names(feed, Set.of(ColumnType.DATE, ColumnType.TIMESTAMP)),
          names(feed, Set.of(ColumnType.INTEGER, ColumnType.DECIMAL)));
    }

    private static List<String> names(Feed feed, Set<ColumnType> types) {
      return feed.columns().list().stream()
          .filter(c -> types.contains(c.type()))
          .map(FeedColumn::name)
          .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    }

    public long getId() {
      return id;
    }

    public String getName() {
      return name;
    }
  }

  public Perspective[] getPerspectives() {
    return Perspective.values();
  }

  public Direction[] getDirections() {
    return Direction.values();
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

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public Perspective getPerspective() {
    return perspective;
  }

  public void setPerspective(Perspective perspective) {
    this.perspective = perspective;
  }

  public Direction getDirection() {
    return direction;
  }

  public void setDirection(Direction direction) {
    this.direction = direction;
  }

  public String getMeasure() {
    return measure;
  }

  public void setMeasure(String measure) {
    this.measure = measure;
  }

  public Long getFeedId() {
    return feedId;
  }

  public void setFeedId(Long feedId) {
    this.feedId = feedId;
  }

  public String getDateColumn() {
    return dateColumn;
  }

  public void setDateColumn(String dateColumn) {
    this.dateColumn = dateColumn;
  }

  public String getValueColumn() {
    return valueColumn;
  }

  public void setValueColumn(String valueColumn) {
    this.valueColumn = valueColumn;
  }

  public String getSecondColumn() {
    return secondColumn;
  }

  public void setSecondColumn(String secondColumn) {
    this.secondColumn = secondColumn;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(LocalDate effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }

  public BigDecimal getTarget() {
    return target;
  }

  public void setTarget(BigDecimal target) {
    this.target = target;
  }

  public BigDecimal getAmber() {
    return amber;
  }

  public void setAmber(BigDecimal amber) {
    this.amber = amber;
  }

  public BigDecimal getRed() {
    return red;
  }

  public void setRed(BigDecimal red) {
    this.red = red;
  }

  public int getWeight() {
    return weight;
  }

  public void setWeight(int weight) {
    this.weight = weight;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
