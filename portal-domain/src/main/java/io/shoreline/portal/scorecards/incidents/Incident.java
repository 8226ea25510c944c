package io.shoreline.portal.scorecards.incidents;

import io.shoreline.portal.audit.Auditable;
import io.shoreline.portal.platform.RuleViolation;
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
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * An incident of the workspace, reported by either side: open until service is restored, then
 * resolved, then closed once a coordinator of each side agreed (which needs a root cause). A closed
 * incident never changes again. Changing what it says undoes the agreements given to close it.
 */
@Entity
@Table(name = "incident")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id then bind the tenant too
    // (eclipselink#1333)
    primaryKey = true)
@NamedQuery(
    name = Incident.IN_STATE,
    query = "SELECT i FROM Incident i WHERE i.status = :state ORDER BY i.startedAt DESC, i.id DESC")
@NamedQuery(
    name = Incident.COUNT_IN_STATES,
    query = "SELECT COUNT(i) FROM Incident i WHERE i.status IN :states")
@NamedQuery(
    name = Incident.WORST_FIRST,
    query =
        "SELECT i FROM Incident i WHERE i.status IN :states"
            + " ORDER BY i.severity, i.startedAt, i.id")
public class Incident implements Auditable {

  static final String IN_STATE = "Incident.inState";
  static final String COUNT_IN_STATES = "Incident.countInStates";
  static final String WORST_FIRST = "Incident.worstFirst";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String title;

  @Enumerated(EnumType.STRING)
  private Severity severity;

  @Enumerated(EnumType.STRING)
  private IncidentCategory category;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "calls_affected")
  private Integer callsAffected;

  private String impact;

  @Column(name = "root_cause")
  private String rootCause;

  @Enumerated(EnumType.STRING)
  private IncidentStatus status;

  @Column(name = "reported_org_id")
  private long reportedOrgId;

  @Column(name = "reported_by")
  private long reportedBy;

  @Column(name = "reported_at")
  private Instant reportedAt;

  @Column(name = "client_closed_by")
  private Long clientClosedBy;

  @Column(name = "client_closed_at")
  private Instant clientClosedAt;

  @Column(name = "vendor_closed_by")
  private Long vendorClosedBy;

  @Column(name = "vendor_closed_at")
  private Instant vendorClosedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Version private long version;

  protected Incident() {}

  /** Reported as it is now: open, or resolved at once when service was restored already. */
  Incident(IncidentDetails details, Instant endedAt, long orgId, long by, Instant at) {
    this.status = IncidentStatus.OPEN;
    this.rootCause = "";
    this.reportedOrgId = orgId;
    this.reportedBy = by;
    this.reportedAt = at;
    change(details);
    if (endedAt != null) {
      resolve(endedAt);
    }
  }

  void change(IncidentDetails details) {
    requireNotClosed();
    if (endedAt != null && endedAt.isBefore(details.startedAt())) {
      throw new RuleViolation("incidents.endBeforeStart");
    }
    title = details.title();
    severity = details.severity();
    category = details.category();
    startedAt = details.startedAt();
    callsAffected = details.callsAffected();
    impact = details.impact();
    withdrawAgreements();
  }

  void explain(String cause) {
    requireNotClosed();
    rootCause = cause;
    withdrawAgreements();
  }

  /** Service was restored at this instant. */
  void resolve(Instant restoredAt) {
    requireNotClosed();
    if (status != IncidentStatus.OPEN) {
      throw new RuleViolation("incidents.resolvedAlready");
    }
    if (restoredAt.isBefore(startedAt)) {
      throw new RuleViolation("incidents.endBeforeStart");
    }
    endedAt = restoredAt;
    status = IncidentStatus.RESOLVED;
  }

  /** Service is out again: open, no end, no agreement to close. */
  void reopen() {
    requireNotClosed();
    if (status != IncidentStatus.RESOLVED) {
      throw new RuleViolation("incidents.notResolved");
    }
    endedAt = null;
    status = IncidentStatus.OPEN;
    withdrawAgreements();
  }

  /** One side's coordinator agrees to close it; with both sides' agreement it is closed. */
  void agreeToClose(OrganizationKind side, long by, Instant at) {
    requireNotClosed();
    if (status != IncidentStatus.RESOLVED) {
      throw new RuleViolation("incidents.notResolved");
    }
    if (rootCause.isEmpty()) {
      throw new RuleViolation("incidents.rootCauseFirst");
    }
    if (hasAgreed(side)) {
      throw new RuleViolation("incidents.agreedAlready");
    }
    if (side == OrganizationKind.CLIENT) {
      clientClosedBy = by;
      clientClosedAt = at;
    } else {
      vendorClosedBy = by;
      vendorClosedAt = at;
    }
    if (clientClosedBy != null && vendorClosedBy != null) {
      status = IncidentStatus.CLOSED;
      closedAt = at;
    }
  }

  void requireNotClosed() {
    if (status == IncidentStatus.CLOSED) {
      throw new RuleViolation("incidents.closed");
    }
  }

  public boolean hasAgreed(OrganizationKind side) {
    return (side == OrganizationKind.CLIENT ? clientClosedBy : vendorClosedBy) != null;
  }

  private void withdrawAgreements() {
    clientClosedBy = null;
    clientClosedAt = null;
    vendorClosedBy = null;
    vendorClosedAt = null;
  }

  @Override
  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public Severity getSeverity() {
    return severity;
  }

  public IncidentCategory getCategory() {
    return category;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public Integer getCallsAffected() {
    return callsAffected;
  }

  public String getImpact() {
    return impact;
  }

  public String getRootCause() {
    return rootCause;
  }

  public IncidentStatus getStatus() {
    return status;
  }

  public long getReportedOrgId() {
    return reportedOrgId;
  }

  public long getReportedBy() {
    return reportedBy;
  }

  public Instant getReportedAt() {
    return reportedAt;
  }

  public Long getClientClosedBy() {
    return clientClosedBy;
  }

  public Instant getClientClosedAt() {
    return clientClosedAt;
  }

  public Long getVendorClosedBy() {
    return vendorClosedBy;
  }

  public Instant getVendorClosedAt() {
    return vendorClosedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public long getVersion() {
    return version;
  }

  public boolean isClosed() {
    return status == IncidentStatus.CLOSED;
  }

  @Override
  public String auditSummary() {
    return "Incident "
        + title
        + " ("
        + severity
        + ", "
        + category
        + ") "
        + status
        + ", started "
        + startedAt
        + (endedAt == null ? "" : ", ended " + endedAt)
        + (callsAffected == null ? "" : ", " + callsAffected + " calls affected")
        + (rootCause.isEmpty() ? "" : ", root cause: " + rootCause)
        + (clientClosedBy == null ? "" : ", client agreed to close")
        + (vendorClosedBy == null ? "" : ", vendor agreed to close");
  }
}
