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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** An exchange programme of a workspace: its period, purpose and approval rule. */
@Entity
@Table(name = "exchange_programme")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id then bind the tenant too
    // (eclipselink#1333)
    primaryKey = true)
@NamedQuery(
    name = ExchangeProgramme.PAGE,
    query = "SELECT p FROM ExchangeProgramme p ORDER BY p.startsOn DESC, p.id DESC")
@NamedQuery(name = ExchangeProgramme.COUNT, query = "SELECT COUNT(p) FROM ExchangeProgramme p")
@NamedQuery(
    name = ExchangeProgramme.NAMED,
    query = "SELECT p FROM ExchangeProgramme p WHERE LOWER(p.name) = :name")
public class ExchangeProgramme implements Auditable {

  static final String PAGE = "ExchangeProgramme.page";
  static final String COUNT = "ExchangeProgramme.count";
  static final String NAMED = "ExchangeProgramme.named";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;
  private String purpose;

  @Column(name = "starts_on")
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  @Column(name = "manager_approval")
  private boolean managerApproval;

  @Column(name = "created_by")
  private long createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected ExchangeProgramme() {}

  ExchangeProgramme(ProgrammeDetails details, long createdBy, Instant createdAt) {
    change(details);
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  void change(ProgrammeDetails details) {
    this.name = details.name();
    this.purpose = details.purpose();
    this.startsOn = details.startsOn();
    this.endsOn = details.endsOn();
    this.managerApproval = details.managerApproval();
  }

  @Override
  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getPurpose() {
    return purpose;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public boolean isManagerApproval() {
    return managerApproval;
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
    return "Exchange programme "
        + name
        + " from "
        + startsOn
        + " to "
        + endsOn
        + (managerApproval ? ", manager approval required" : "");
  }
}
