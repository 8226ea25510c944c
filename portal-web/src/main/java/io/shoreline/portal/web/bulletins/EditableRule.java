package io.shoreline.portal.web.bulletins;

import io.shoreline.portal.bulletins.authority.RuleRow;
import java.io.Serializable;
import java.math.BigDecimal;

/** A row of the authority matrix editor, as the person types it (a mutable bean for EL). */
public class EditableRule implements Serializable {

  private static final long serialVersionUID = 1L;

  private String decision;
  private BigDecimal amount;
  private String currency;
  private String condition;
  private String notes;

  public EditableRule() {}

  static EditableRule of(RuleRow row) {
    EditableRule rule = new EditableRule();
    rule.decision = row.decision();
    rule.amount = row.limitAmount();
    rule.currency = row.currency();
    rule.condition = row.condition();
    rule.notes = row.notes();
    return rule;
  }

  RuleRow row() {
    return new RuleRow(decision, amount, currency, condition, notes);
  }

  public String getDecision() {
    return decision;
  }

  public void setDecision(String decision) {
    this.decision = decision;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public String getCondition() {
    return condition;
  }

  public void setCondition(String condition) {
    this.condition = condition;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
