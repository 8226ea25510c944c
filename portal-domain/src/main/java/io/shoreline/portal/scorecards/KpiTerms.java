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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A version of a KPI's target, amber and red thresholds and weight, in force from a day on once
 * both sides agreed it. Older versions stay: they judge the periods that began under them.
 */
@Entity
@Table(name = "kpi_terms")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    primaryKey = true)
@NamedQuery(
    name = KpiTerms.OF_KPI,
    query =
        "SELECT t FROM KpiTerms t WHERE t.kpiId = :kpi ORDER BY t.effectiveFrom DESC, t.id DESC")
@NamedQuery(
    name = KpiTerms.WITH_STATUS,
    query = "SELECT t FROM KpiTerms t WHERE t.status = :status ORDER BY t.kpiId, t.effectiveFrom")
public class KpiTerms implements Auditable {

  static final String OF_KPI = "KpiTerms.ofKpi";
  static final String WITH_STATUS = "KpiTerms.withStatus";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "kpi_id")
  private long kpiId;

  @Column(name = "effective_from")
  private LocalDate effectiveFrom;

  private BigDecimal target;
  private BigDecimal amber;
  private BigDecimal red;
  private int weight;

  @Enumerated(EnumType.STRING)
  private TermsStatus status;

  private String note;

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

  @Version private long version;

  protected KpiTerms() {}

  KpiTerms(long kpiId, TermsDetails details, long orgId, long by, Instant at) {
    this.kpiId = kpiId;
    this.effectiveFrom = details.effectiveFrom();
    this.target = details.thresholds().target();
    this.amber = details.thresholds().amber();
    this.red = details.thresholds().red();
    this.weight = details.weight();
    this.note = details.note();
    this.status = TermsStatus.PROPOSED;
    this.proposedOrgId = orgId;
    this.proposedBy = by;
    this.proposedAt = at;
  }

  void answer(TermsStatus outcome, long by, Instant at) {
    this.status = outcome;
    this.answeredBy = by;
    this.answeredAt = at;
  }

  public Thresholds thresholds(Direction direction) {
    return new Thresholds(direction, target, amber, red);
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getKpiId() {
    return kpiId;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public BigDecimal getTarget() {
    return target;
  }

  public BigDecimal getAmber() {
    return amber;
  }

  public BigDecimal getRed() {
    return red;
  }

  public int getWeight() {
    return weight;
  }

  public TermsStatus getStatus() {
    return status;
  }

  public String getNote() {
    return note;
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

  public long getVersion() {
    return version;
  }

  @Override
  public String auditSummary() {
    return "Terms of KPI "
        + kpiId
        + " from "
        + effectiveFrom
        + ": target "
        + target.stripTrailingZeros().toPlainString()
        + ", amber "
        + amber.stripTrailingZeros().toPlainString()
        + ", red "
        + red.stripTrailingZeros().toPlainString()
        + ", weight "
        + weight
        + ", "
        + status;
  }
}
