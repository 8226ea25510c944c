package io.shoreline.portal.scorecards.incidents;

import io.shoreline.portal.audit.Auditable;
import io.shoreline.portal.tenancy.isolation.TenantProperties;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A line of an incident's timeline: what happened when, as someone of either side wrote it. Entries
 * are never changed (a correction is a later entry), so they carry no version.
 */
@Entity
@Table(name = "incident_entry")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id then bind the tenant too
    // (eclipselink#1333)
    primaryKey = true)
public class IncidentEntry implements Auditable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "incident_id")
  private long incidentId;

  @Column(name = "happened_at")
  private Instant happenedAt;

  private String text;

  @Column(name = "author_id")
  private long authorId;

  @Column(name = "written_at")
  private Instant writtenAt;

  protected IncidentEntry() {}

  IncidentEntry(long incidentId, Instant happenedAt, String text, long authorId, Instant at) {
    this.incidentId = incidentId;
    this.happenedAt = happenedAt;
    this.text = text;
    this.authorId = authorId;
    this.writtenAt = at;
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getIncidentId() {
    return incidentId;
  }

  public Instant getHappenedAt() {
    return happenedAt;
  }

  public String getText() {
    return text;
  }

  public long getAuthorId() {
    return authorId;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }

  @Override
  public String auditSummary() {
    return "Timeline of incident " + incidentId + " at " + happenedAt + ": " + text;
  }
}
