package io.shoreline.portal.visits;

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

/** Something the visit found, in one area and of some severity; photos may show it. */
@Entity
@Table(name = "visit_finding")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id then bind the tenant too
    // (eclipselink#1333)
    primaryKey = true)
@NamedQuery(
    name = Finding.OF_VISIT,
    query = "SELECT f FROM Finding f WHERE f.visitId = :visit ORDER BY f.id")
public class Finding implements Auditable {

  static final String OF_VISIT = "Finding.ofVisit";
  static final int TEXT_LENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "visit_id")
  private long visitId;

  @Enumerated(EnumType.STRING)
  private VisitArea area;

  @Enumerated(EnumType.STRING)
  private Severity severity;

  private String text;

  @Column(name = "recorded_by")
  private long recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  @Version private long version;

  protected Finding() {}

  Finding(long visitId, FindingDetails details, long recordedBy, Instant at) {
    this.visitId = visitId;
    this.recordedBy = recordedBy;
    this.recordedAt = at;
    change(details);
  }

  void change(FindingDetails details) {
    this.area = details.area();
    this.severity = details.severity();
    this.text = details.text();
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getVisitId() {
    return visitId;
  }

  public VisitArea getArea() {
    return area;
  }

  public Severity getSeverity() {
    return severity;
  }

  public String getText() {
    return text;
  }

  public long getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditSummary() {
    return "Finding (" + area + ", " + severity + "): " + text;
  }
}
