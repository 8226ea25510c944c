package io.shoreline.portal.web.exchanges;

import io.shoreline.portal.exchanges.Acceptances;
import io.shoreline.portal.exchanges.Proposals;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.function.Supplier;

/**
 * The answers on app/exchange-proposal.xhtml, each as the person saw the proposal (its version
 * travels with the form): accept, counter with other dates, reject with a reason, withdraw,
 * approve. A refused answer stays on the page with every reason; a done one redirects back to it.
 */
@Named
@RequestScoped
public class ProposalAnswers {

  @Inject Tenants tenants;
  @Inject Proposals proposals;
  @Inject Acceptances acceptances;
  @Inject ProposalView view;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  /** The agent the answering side sends the other way, for a swap (the autocomplete's id). */
  private String counterpart;

  private LocalDateTime start;
  private LocalDateTime end;
  private String text;

  public String accept() {
    return answer(
        () -> acceptances.accept(view.getProposalId(), seen(), counterpartId()),
        "exchanges.accepted");
  }

  public String counter() {
    return answer(
        () -> proposals.counter(view.getProposalId(), seen(), start, end, text, counterpartId()),
        "exchanges.countered");
  }

  public String reject() {
    return answer(() -> proposals.reject(view.getProposalId(), seen(), text), "exchanges.rejected");
  }

  public String withdraw() {
    return answer(() -> proposals.withdraw(view.getProposalId(), seen()), "exchanges.withdrawn");
  }

  public String cancel() {
    return answer(
        () -> proposals.cancel(view.getProposalId(), seen(), text), "exchanges.cancelled");
  }

  public String approve() {
    return answer(() -> acceptances.approve(view.getProposalId(), seen()), "exchanges.approved");
  }

  private String answer(Supplier<?> step, String done) {
    return outcomes
        .attempt(
            () -> {
              tenants.workspace();
              step.get();
              messages.info(done);
              return "/app/exchange-proposal?faces-redirect=true&w="
                  + tenants.getWorkspaceId()
                  + "&id="
                  + view.getProposalId();
            })
        .orElse(null);
  }

  private static long seen() {
    return RowParameters.version();
  }

  private Long counterpartId() {
    return counterpart == null || counterpart.isBlank() ? null : Ids.parse(counterpart, "agent");
  }

  public String getCounterpart() {
    return counterpart;
  }

  public void setCounterpart(String counterpart) {
    this.counterpart = counterpart;
  }

  public LocalDateTime getStart() {
    return start;
  }

  public void setStart(LocalDateTime start) {
    this.start = start;
  }

  public LocalDateTime getEnd() {
    return end;
  }

  public void setEnd(LocalDateTime end) {
    this.end = end;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
