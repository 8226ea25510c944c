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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Something a visit, an incident or a feedback item asks one person of either side to do by a date.
 * A visit's items go on after the report is signed off: that is what they are for.
 */
@Entity
@Table(name = "action_item")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id then bind the tenant too
    // (eclipselink#1333)
    primaryKey = true)
public class ActionItem implements Auditable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "visit_id")
  private Long visitId;

  @Column(name = "incident_id")
  private Long incidentId;

  @Column(name = "feedback_id")
  private Long feedbackId;

  @Column(name = "origin_label")
  private String originLabel;

  @Column(name = "finding_id")
  private Long findingId;

  private String title;

  @Column(name = "owner_id")
  private long ownerId;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  private ActionStatus status;

  @Column(name = "created_by")
  private long createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected ActionItem() {}

  ActionItem(ActionOrigin origin, NewActionItem details, long createdBy, Instant at) {
    this.visitId = origin.visitId();
    this.incidentId = origin.incidentId();
    this.feedbackId = origin.feedbackId();
    this.originLabel = origin.label();
    this.findingId = details.findingId();
    this.title = details.title();
    this.ownerId = details.ownerId();
    this.dueOn = details.dueOn();
    this.status = ActionStatus.OPEN;
    this.createdBy = createdBy;
    this.createdAt = at;
  }

  void move(ActionStatus status) {
    this.status = status;
  }

  void reassign(long ownerId, LocalDate dueOn) {
    this.ownerId = ownerId;
    this.dueOn = dueOn;
  }

  /** Still to do after its due date, in the viewer's today. */
  public boolean isOverdueOn(LocalDate today) {
    return !status.isClosed() && dueOn.isBefore(today);
  }

  @Override
  public Long getId() {
    return id;
  }

  /** The visit it comes from, or null for an incident's or a feedback item's action. */
  public Long getVisitId() {
    return visitId;
  }

  public Long getIncidentId() {
    return incidentId;
  }

  public Long getFeedbackId() {
    return feedbackId;
  }

  /**
   * The incident's title or feedback item's topic when the action was given; null for a visit's.
   */
  public String getOriginLabel() {
    return originLabel;
  }

  public ActionOrigin origin() {
    return new ActionOrigin(visitId, incidentId, feedbackId, originLabel);
  }

  public Long getFindingId() {
    return findingId;
  }

  public String getTitle() {
    return title;
  }

  public long getOwnerId() {
    return ownerId;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public ActionStatus getStatus() {
    return status;
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
    return "Action \"" + title + "\" for account " + ownerId + ", due " + dueOn + ", " + status;
  }
}
