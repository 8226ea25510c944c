package io.shoreline.portal.visits;

import io.shoreline.portal.audit.Auditable;
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
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A coordinator's signature for their side on a visit's report (amendment 0) or on one of its
 * amendments. The database keeps it to one per side even when two coordinators sign at once.
 */
@Entity
@Table(name = "visit_sign_off")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id then bind the tenant too
    // (eclipselink#1333)
    primaryKey = true)
@NamedQuery(
    name = SignOff.OF_VISIT,
    query = "SELECT s FROM SignOff s WHERE s.visitId = :visit ORDER BY s.amendment, s.signedAt")
public class SignOff implements Auditable {

  static final String OF_VISIT = "SignOff.ofVisit";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "visit_id")
  private long visitId;

  /** 0 for the report itself, else the amendment's number. */
  private int amendment;

  @Enumerated(EnumType.STRING)
  private OrganizationKind side;

  @Column(name = "account_id")
  private long accountId;

  @Column(name = "signer_name")
  private String signerName;

  @Column(name = "signed_at")
  private Instant signedAt;

  protected SignOff() {}

  SignOff(
      long visitId, int amendment, OrganizationKind side, long accountId, String name, Instant at) {
    this.visitId = visitId;
    this.amendment = amendment;
    this.side = side;
    this.accountId = accountId;
    this.signerName = name;
    this.signedAt = at;
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getVisitId() {
    return visitId;
  }

  public int getAmendment() {
    return amendment;
  }

  public OrganizationKind getSide() {
    return side;
  }

  public long getAccountId() {
    return accountId;
  }

  public String getSignerName() {
    return signerName;
  }

  public Instant getSignedAt() {
    return signedAt;
  }

  @Override
  public String auditSummary() {
    return (amendment == 0 ? "Report" : "Amendment " + amendment)
        + " signed off for the "
        + side
        + " by "
        + signerName;
  }
}
