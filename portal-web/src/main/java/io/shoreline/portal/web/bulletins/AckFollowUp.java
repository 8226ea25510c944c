package io.shoreline.portal.web.bulletins;

import io.shoreline.portal.bulletins.AckProgress;
import io.shoreline.portal.bulletins.AckRate;
import io.shoreline.portal.bulletins.AckSubject;
import io.shoreline.portal.bulletins.RecipientRow;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.PagedRows;
import io.shoreline.portal.web.platform.Tenants;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * How far one version of a training document or of the authority matrix is acknowledged, as
 * WEB-INF/includes/ack-follow-up.xhtml shows it (bulletin.xhtml shows a bulletin's the same way):
 * the rate per site and the people asked, page by page, optionally only who has not acknowledged.
 * Made by a request-scoped view once it read the subject.
 */
public class AckFollowUp {

  private final Tenants tenants;
  private final Outcomes outcomes;
  private final AckProgress progress;
  private final AckSubject kind;
  private final long subjectId;
  private final int version;
  private final boolean notYetOnly;
  private List<AckRate> rates;
  private LazyDataModel<RecipientRow> recipients;

  /** What is followed up, and whether only who has not acknowledged is listed. */
  public record Subject(AckSubject kind, long id, int version, boolean notYetOnly) {}

  public AckFollowUp(Tenants tenants, Outcomes outcomes, AckProgress progress, Subject subject) {
    this.tenants = tenants;
    this.outcomes = outcomes;
    this.progress = progress;
    this.kind = subject.kind();
    this.subjectId = subject.id();
    this.version = subject.version();
    this.notYetOnly = subject.notYetOnly();
  }

  public List<AckRate> getRates() {
    if (rates == null) {
      rates =
          outcomes
              .attempt(
                  () -> {
                    tenants.workspace();
                    return progress.rates(kind, subjectId, version);
                  })
              .orElse(List.of());
    }
    return rates;
  }

  public LazyDataModel<RecipientRow> getRecipients() {
    if (recipients == null) {
      recipients =
          new PagedRows<>(
              outcomes,
              () -> {
                tenants.workspace();
                return progress.recipientCount(kind, subjectId, version, notYetOnly);
              },
              (first, max) -> {
                tenants.workspace();
                return progress.recipients(kind, subjectId, version, notYetOnly, first, max);
              },
              RecipientRow::accountId);
    }
    return recipients;
  }

  public boolean isNotYetOnly() {
    return notYetOnly;
  }

  public int getPageSize() {
    return BulletinView.PAGE_SIZE;
  }
}
