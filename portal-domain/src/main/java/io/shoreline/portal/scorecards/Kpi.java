package io.shoreline.portal.scorecards;

import io.shoreline.portal.audit.Auditable;
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
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A contractual KPI of a workspace. What it measures is fixed once it is agreed, so its history
 * keeps its meaning; its target and thresholds change as {@link KpiTerms} versions.
 */
@Entity
@Table(name = "kpi")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id then bind the tenant too
    // (eclipselink#1333)
    primaryKey = true)
@NamedQuery(name = Kpi.ALL, query = "SELECT k FROM Kpi k ORDER BY k.position, k.id")
@NamedQuery(
    name = Kpi.WITH_STATUS,
    query = "SELECT k FROM Kpi k WHERE k.status = :status ORDER BY k.position, k.id")
@NamedQuery(name = Kpi.NAMED, query = "SELECT k FROM Kpi k WHERE LOWER(k.name) = :name")
@NamedQuery(name = Kpi.LAST_POSITION, query = "SELECT MAX(k.position) FROM Kpi k")
public class Kpi implements Auditable {

  static final String ALL = "Kpi.all";
  static final String WITH_STATUS = "Kpi.withStatus";
  static final String NAMED = "Kpi.named";
  static final String LAST_POSITION = "Kpi.lastPosition";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;
  private String description;
  private String unit;

  @Enumerated(EnumType.STRING)
  private Perspective perspective;

  @Enumerated(EnumType.STRING)
  private Direction direction;

  @Enumerated(EnumType.STRING)
  private KpiSource source;

  private String measure;

  @Column(name = "feed_id")
  private Long feedId;

  @Column(name = "date_column")
  private String dateColumn;

  @Column(name = "value_column")
  private String valueColumn;

  @Column(name = "second_column")
  private String secondColumn;

  @Enumerated(EnumType.STRING)
  private KpiStatus status;

  private int position;

  @Column(name = "proposed_org_id")
  private long proposedOrgId;

  @Column(name = "proposed_by")
  private long proposedBy;

  @Column(name = "proposed_at")
  private Instant proposedAt;

  @Column(name = "answered_by")
  private Long answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "decline_reason")
  private String declineReason;

  @Version private long version;

  protected Kpi() {}

  Kpi(KpiDefinition definition, int position, long orgId, long by, Instant at) {
    this.name = definition.name();
    this.description = definition.description();
    this.unit = definition.unit();
    this.perspective = definition.perspective();
    this.direction = definition.direction();
    this.source = definition.source();
    this.measure = definition.measure();
    this.feedId = definition.feedId();
    this.dateColumn = definition.dateColumn();
    this.valueColumn = definition.valueColumn();
    this.secondColumn = definition.secondColumn();
    this.status = KpiStatus.PROPOSED;
    this.position = position;
    this.proposedOrgId = orgId;
    this.proposedBy = by;
    this.proposedAt = at;
  }

  void answer(KpiStatus outcome, long by, Instant at, String reason) {
    this.status = outcome;
    this.answeredBy = by;
    this.answeredAt = at;
    this.declineReason = reason;
  }

  /** Proposed or agreed: on the scorecard or on its way there. */
  public boolean isLive() {
    return status == KpiStatus.PROPOSED || status == KpiStatus.AGREED;
  }

  /** The feed aggregation of a FEED KPI. */
  public Aggregation aggregation() {
    return Aggregation.valueOf(measure);
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

  public String getUnit() {
    return unit;
  }

  public Perspective getPerspective() {
    return perspective;
  }

  public Direction getDirection() {
    return direction;
  }

  public KpiSource getSource() {
    return source;
  }

  public String getMeasure() {
    return measure;
  }

  public Long getFeedId() {
    return feedId;
  }

  public String getDateColumn() {
    return dateColumn;
  }

  public String getValueColumn() {
    return valueColumn;
  }

  public String getSecondColumn() {
    return secondColumn;
  }

  public KpiStatus getStatus() {
    return status;
  }

  public int getPosition() {
    return position;
  }

  public long getProposedOrgId() {
    return proposedOrgId;
  }

  public long getProposedBy() {
    return proposedBy;
  }

  public Instant getProposedAt() {
    return proposedAt;
  }

  public Long getAnsweredBy() {
    return answeredBy;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditSummary() {
    return "KPI "
        + name
        + " ("
        + perspective
        + ", "
        + source
        + " "
        + measure
        + (feedId == null ? "" : " of feed " + feedId + " column " + valueColumn)
        + ", "
        + direction
        + "), "
        + status;
  }
}
