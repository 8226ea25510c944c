package io.shoreline.portal.visits;

import io.shoreline.portal.audit.Auditable;
import io.shoreline.portal.tenancy.isolation.TenantProperties;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
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
 * A correction of a signed-off report, numbered 1, 2, … per visit. It is signed off like the
 * report, by one coordinator of each side, and is immutable from its creation.
 */
@Entity
@Table(name = "visit_amendment")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id then bind the tenant too
    // (eclipselink#1333)
    primaryKey = true)
@NamedQuery(
    name = VisitAmendment.OF_VISIT,
    query = "SELECT a FROM VisitAmendment a WHERE a.visitId = :visit ORDER BY a.number")
@NamedQuery(
    name = VisitAmendment.NUMBERED,
    query = "SELECT a FROM VisitAmendment a WHERE a.visitId = :visit AND a.number = :number")
public class VisitAmendment implements Auditable {

  static final String OF_VISIT = "VisitAmendment.ofVisit";
  static final String NUMBERED = "VisitAmendment.numbered";
  static final int TEXT_LENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "visit_id")
  private long visitId;

  private int number;
  private String text;

  @Column(name = "written_by")
  private long writtenBy;

  @Column(name = "written_at")
  private Instant writtenAt;

  @Column(name = "signed_off_at")
  private Instant signedOffAt;

  @Version private long version;

  protected VisitAmendment() {}

  VisitAmendment(long visitId, int number, String text, long writtenBy, Instant at) {
    this.visitId = visitId;
    this.number = number;
    this.text = text;
    this.writtenBy = writtenBy;
    this.writtenAt = at;
  }

  void signedOff(Instant at) {
    signedOffAt = at;
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getVisitId() {
    return visitId;
  }

  public int getNumber() {
    return number;
  }

  public String getText() {
    return text;
  }

  public long getWrittenBy() {
    return writtenBy;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }

  public Instant getSignedOffAt() {
    return signedOffAt;
  }

  public boolean isSignedOff() {
    return signedOffAt != null;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditSummary() {
    return "Amendment " + number + (isSignedOff() ? " (signed off)" : "") + ": " + text;
  }
}
