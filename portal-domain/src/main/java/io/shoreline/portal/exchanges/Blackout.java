package io.shoreline.portal.exchanges;

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
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A day of a programme on which no exchange may take place, at any host site. */
@Entity
@Table(name = "exchange_blackout")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id then bind the tenant too
    // (eclipselink#1333)
    primaryKey = true)
@NamedQuery(
    name = Blackout.OF_PROGRAMME,
    query = "SELECT b FROM Blackout b WHERE b.programmeId = :programme ORDER BY b.day")
public class Blackout implements Auditable {

  static final String OF_PROGRAMME = "Blackout.ofProgramme";
  static final int REASON_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "programme_id")
  private long programmeId;

  @Column(name = "blackout_day") // DAY is a keyword of H2's
  private LocalDate day;

  private String reason;

  protected Blackout() {}

  Blackout(long programmeId, LocalDate day, String reason) {
    this.programmeId = programmeId;
    this.day = day;
    this.reason = reason;
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getProgrammeId() {
    return programmeId;
  }

  public LocalDate getDay() {
    return day;
  }

  public String getReason() {
    return reason;
  }

  @Override
  public String auditSummary() {
    return "Blackout day " + day + (reason.isEmpty() ? "" : ": " + reason);
  }
}
