package io.shoreline.portal.bulletins.authority;

import io.shoreline.portal.audit.Auditable;
import io.shoreline.portal.tenancy.isolation.TenantProperties;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A line of one matrix version; a version's lines never change (the next version is new). */
@Entity
@Table(name = "authority_rule")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER)
public class AuthorityRule implements Auditable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "version_id")
  private long versionId;

  private int position;

  private String decision;

  @Column(name = "limit_amount")
  private BigDecimal limitAmount;

  private String currency;

  @Column(name = "rule_condition")
  private String condition;

  private String notes;

  protected AuthorityRule() {}

  AuthorityRule(long versionId, int position, RuleRow row) {
    this.versionId = versionId;
    this.position = position;
    this.decision = row.decision();
    this.limitAmount = row.limitAmount();
    this.currency = row.currency();
    this.condition = row.condition();
    this.notes = row.notes();
  }

  public RuleRow row() {
    return new RuleRow(decision, limitAmount, currency, condition, notes);
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getVersionId() {
    return versionId;
  }

  public int getPosition() {
    return position;
  }

  public String getDecision() {
    return decision;
  }

  public BigDecimal getLimitAmount() {
    return limitAmount;
  }

  public String getCurrency() {
    return currency;
  }

  public String getCondition() {
    return condition;
  }

  public String getNotes() {
    return notes;
  }

  @Override
  public String auditSummary() {
    return "Authority rule "
        + position
        + ": "
        + decision
        + (limitAmount == null ? "" : " up to " + limitAmount + " " + currency)
        + (condition.isEmpty() ? "" : ", " + condition);
  }
}
