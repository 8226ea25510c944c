package io.shoreline.portal.feeds;

import io.shoreline.portal.audit.Auditable;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.tenancy.OrganizationKind;
import io.shoreline.portal.tenancy.isolation.TenantProperties;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A data feed of a workspace: its typed columns, publishing side, cadence and current version. */
@Entity
@Table(name = "feed")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id then bind the tenant too
    // (eclipselink#1333)
    primaryKey = true)
@NamedQuery(name = Feed.ALL, query = "SELECT f FROM Feed f ORDER BY f.name, f.id")
@NamedQuery(
    name = Feed.STALE,
    query = "SELECT f FROM Feed f WHERE f.staleDeadline IS NOT NULL ORDER BY f.name")
public class Feed implements Auditable {

  static final String ALL = "Feed.all";
  static final String STALE = "Feed.stale";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;
  private String description;

  @Enumerated(EnumType.STRING)
  private FeedDirection direction;

  @Column(name = "columns_json")
  private String columnsJson;

  @Column(name = "cadence_time")
  private LocalTime cadenceTime;

  @Column(name = "cadence_zone")
  private String cadenceZone;

  @Column(name = "cadence_days")
  private String cadenceDays;

  @Column(name = "current_version")
  private int currentVersion;

  @Column(name = "current_rows")
  private long currentRows;

  @Column(name = "last_version_at")
  private Instant lastVersionAt;

  @Column(name = "last_version_by")
  private Long lastVersionBy;

  @Column(name = "last_version_source")
  private String lastVersionSource;

  @Column(name = "stale_deadline")
  private Instant staleDeadline;

  @Column(name = "created_by")
  private long createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  @Transient private FeedColumns columns;

  protected Feed() {}

  Feed(FeedDefinition definition, long createdBy, Instant at) {
    this.direction = definition.direction();
    this.createdBy = createdBy;
    this.createdAt = at;
    define(definition);
  }

  /** Name, description, cadence; the columns only while no version was submitted. */
  void define(FeedDefinition definition) {
    this.name = definition.name();
    this.description = definition.description();
    if (!definition.columns().equals(columns())) {
      if (currentVersion > 0) {
        throw new io.shoreline.portal.platform.RuleViolation("feeds.columns.locked");
      }
      this.columnsJson = definition.columns().toJson();
      this.columns = definition.columns();
    }
    Optional<FeedCadence> cadence = definition.cadence();
    this.cadenceTime = cadence.map(FeedCadence::time).orElse(null);
    this.cadenceZone = cadence.map(c -> c.zone().getId()).orElse(null);
    this.cadenceDays = cadence.map(FeedCadence::storedDays).orElse(null);
    this.staleDeadline = null; // a new promise: judged from the next deadline
  }

  /** Only the publishing side submits rows. */
  public void requirePublisher(OrganizationKind side) {
    if (!isPublishedBy(side)) {
      throw new NotAllowedException("only the " + direction.publisher() + " side publishes " + id);
    }
  }

  public boolean isPublishedBy(OrganizationKind side) {
    return direction.publisher() == side;
  }

  /** The new current version, which holds {@code rows} rows. */
  void recordVersion(int number, long rows, Instant at, Submitter submitter) {
    this.currentVersion = number;
    this.currentRows = rows;
    this.lastVersionAt = at;
    this.lastVersionBy = submitter.accountId();
    this.lastVersionSource = submitter.source();
    this.staleDeadline = null;
  }

  /** Marks the feed stale for this deadline; false when it was already (told once per deadline). */
  boolean markStale(Instant deadline) {
    if (deadline.equals(staleDeadline)) {
      return false;
    }
    staleDeadline = deadline;
    return true;
  }

  public FeedColumns columns() {
    if (columns == null && columnsJson != null) {
      columns = FeedColumns.fromJson(columnsJson);
    }
    return columns;
  }

  public Optional<FeedCadence> cadence() {
    return FeedCadence.of(cadenceTime, cadenceZone, cadenceDays);
  }

  @Override
  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public FeedDirection getDirection() {
    return direction;
  }

  public int getCurrentVersion() {
    return currentVersion;
  }

  /** How many rows the current version holds. */
  public long getCurrentRows() {
    return currentRows;
  }

  public Instant getLastVersionAt() {
    return lastVersionAt;
  }

  /** The account that sent the current version; null when it came through an API token. */
  public Long getLastVersionBy() {
    return lastVersionBy;
  }

  /** Where the current version came from: "UI", "API token …". */
  public String getLastVersionSource() {
    return lastVersionSource;
  }

  public Instant getStaleDeadline() {
    return staleDeadline;
  }

  public boolean isStale() {
    return staleDeadline != null;
  }

  public long getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditSummary() {
    return "Feed \"" + name + "\" (" + direction + "), version " + currentVersion;
  }
}
