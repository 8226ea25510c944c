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
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A person who comes to the visit (client visitor) or receives it (vendor host). */
@Entity
@Table(name = "visit_participant")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id then bind the tenant too
    // (eclipselink#1333)
    primaryKey = true)
@NamedQuery(
    name = VisitParticipant.OF_VISIT,
    query = "SELECT p FROM VisitParticipant p WHERE p.visitId = :visit ORDER BY p.role, p.id")
public class VisitParticipant implements Auditable {

  static final String OF_VISIT = "VisitParticipant.ofVisit";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "visit_id")
  private long visitId;

  @Column(name = "account_id")
  private long accountId;

  @Enumerated(EnumType.STRING)
  private ParticipantRole role;

  protected VisitParticipant() {}

  VisitParticipant(long visitId, long accountId, ParticipantRole role) {
    this.visitId = visitId;
    this.accountId = accountId;
    this.role = role;
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getVisitId() {
    return visitId;
  }

  public long getAccountId() {
    return accountId;
  }

  public ParticipantRole getRole() {
    return role;
  }

  @Override
  public String auditSummary() {
    return role + " account " + accountId + " of visit " + visitId;
  }
}
