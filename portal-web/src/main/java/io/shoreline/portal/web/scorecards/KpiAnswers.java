package io.shoreline.portal.web.scorecards;

import io.shoreline.portal.scorecards.KpiTermsChanges;
import io.shoreline.portal.scorecards.Kpis;
import io.shoreline.portal.scorecards.TermsDetails;
import io.shoreline.portal.scorecards.Thresholds;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The steps on app/kpi.xhtml, each as the person saw the KPI or terms (their version travels with
 * the form): agree, decline with a reason, withdraw, and propose new terms. A refused step stays on
 * the page with its reason; a done one redirects back to it.
 */
@Named
@RequestScoped
public class KpiAnswers {

  @Inject Tenants tenants;
  @Inject Kpis kpis;
  @Inject KpiTermsChanges termsChanges;
  @Inject KpiView view;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private String reason;
  private LocalDate effectiveFrom;
  private BigDecimal target;
  private BigDecimal amber;
  private BigDecimal red;
  private int weight = 10;
  private String note;

  public String agree() {
    return step(() -> kpis.agree(view.getKpiId(), RowParameters.version()), "scorecard.agreed");
  }

  public String decline() {
    return step(
        () -> kpis.decline(view.getKpiId(), RowParameters.version(), reason), "scorecard.declined");
  }

  public String withdraw() {
    return step(
        () -> kpis.withdraw(view.getKpiId(), RowParameters.version()), "scorecard.withdrawn");
  }

  public String proposeTerms() {
    return step(
        () ->
            termsChanges.propose(
                view.getKpiId(),
                new TermsDetails(
                    effectiveFrom,
                    new Thresholds(kpis.find(view.getKpiId()).getDirection(), target, amber, red),
                    weight,
                    note)),
        "scorecard.termsProposed");
  }

  public String agreeTerms() {
    return step(
        () -> termsChanges.agree(termsId(), RowParameters.version()), "scorecard.termsAgreed");
  }

  public String declineTerms() {
    return step(
        () -> termsChanges.decline(termsId(), RowParameters.version()), "scorecard.termsDeclined");
  }

  public String withdrawTerms() {
    return step(
        () -> termsChanges.withdraw(termsId(), RowParameters.version()),
        "scorecard.termsWithdrawn");
  }

  /** Posted as "terms": "id" is the KPI's, the page's own parameter. */
  private static long termsId() {
    return Ids.parse(RowParameters.parameter("terms"), "KPI terms");
  }

  private String step(Supplier<?> change, String done) {
    return outcomes
        .attempt(
            () -> {
              tenants.workspace();
              change.get();
              messages.info(done);
              return "/app/kpi?faces-redirect=true&w="
                  + tenants.getWorkspaceId()
                  + "&id="
                  + view.getKpiId();
            })
        .orElse(null);
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(LocalDate effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }

  public BigDecimal getTarget() {
    return target;
  }

  public void setTarget(BigDecimal target) {
    this.target = target;
  }

  public BigDecimal getAmber() {
    return amber;
  }

  public void setAmber(BigDecimal amber) {
    this.amber = amber;
  }

  public BigDecimal getRed() {
    return red;
  }

  public void setRed(BigDecimal red) {
    this.red = red;
  }

  public int getWeight() {
    return weight;
  }

  public void setWeight(int weight) {
    this.weight = weight;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
