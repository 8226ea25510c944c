package io.shoreline.portal.web.bulletins;

import io.shoreline.portal.bulletins.AckProgress;
import io.shoreline.portal.bulletins.AckRate;
import io.shoreline.portal.bulletins.AckSubject;
import io.shoreline.portal.bulletins.Acknowledgements;
import io.shoreline.portal.bulletins.Bulletin;
import io.shoreline.portal.bulletins.BulletinBoard;
import io.shoreline.portal.bulletins.Bulletins;
import io.shoreline.portal.bulletins.RecipientRow;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.PartnershipStatus;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.threads.PostMarkdown;
import io.shoreline.portal.visits.AccountNames;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.PagedRows;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * Backing bean of app/bulletin.xhtml?w=ID&id=ID: the bulletin; for its recipients the "Acknowledge"
 * button; for the author's side the rate per site and the recipients, those who have not
 * acknowledged first if asked (notYet=true), each with their acknowledgement time.
 */
@Named
@RequestScoped
public class BulletinView {

  public static final int PAGE_SIZE = 25;

  @Inject Tenants tenants;
  @Inject Bulletins bulletins;
  @Inject BulletinBoard board;
  @Inject Acknowledgements acks;
  @Inject AckProgress progress;
  @Inject CallerMembership member;
  @Inject AccountNames names;
  @Inject TimeSource time;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private String id;
  private String notYet;
  private boolean loaded;
  private Bulletin bulletin;
  private boolean recipient;
  private Instant acknowledgedAt;
  private String publisher;
  private List<AckRate> rates;
  private LazyDataModel<RecipientRow> recipients;

  @PostConstruct
  void createModel() {
    recipients =
        new PagedRows<>(
            outcomes,
            () -> {
              tenants.workspace();
              return board.recipientCount(bulletinId(), isNotYetOnly());
            },
            (first, max) -> {
              tenants.workspace();
              return board.recipients(bulletinId(), isNotYetOnly(), first, max);
            },
            RecipientRow::accountId);
  }

  /** The view action: the workspace, then the bulletin, or 404. */
  public void open() {
    getBulletin();
  }

  public Bulletin getBulletin() {
    if (!loaded) {
      loaded = true;
      outcomes.attempt(
          () -> {
            long me = tenants.workspace().getAccount().getId();
            bulletin = bulletins.find(bulletinId());
            recipient = progress.isAsked(AckSubject.BULLETIN, bulletin.getId(), me);
            acknowledgedAt =
                acks.of(AckSubject.BULLETIN, bulletin.getId(), bulletin.getRevision(), me)
                    .map(ack -> ack.getAcknowledgedAt())
                    .orElse(null);
            publisher = names.of(List.of(bulletin.getPublishedBy())).get(bulletin.getPublishedBy());
            if (bulletins.isAuthorSide(bulletin)) {
              rates = board.rates(bulletin.getId());
            }
          });
    }
    return bulletin;
  }

  public String acknowledge() {
    return change(() -> bulletins.acknowledge(bulletinId()), "bulletins.acknowledgedThis");
  }

  public String withdraw() {
    return change(
        () -> bulletins.withdraw(bulletinId(), RowParameters.version()), "bulletins.withdrawnNow");
  }

  private String change(Runnable change, String done) {
    boolean changed =
        outcomes.attempt(
            () -> {
              tenants.workspace();
              change.run();
              messages.info(done);
            });
    return changed
        ? "/app/bulletin?faces-redirect=true&w=" + tenants.getWorkspaceId() + "&id=" + bulletinId()
        : null;
  }

  /** A recipient who has not acknowledged this version of a live bulletin. */
  public boolean isCanAcknowledge() {
    return getBulletin() != null
        && recipient
        && acknowledgedAt == null
        && bulletin.isLiveAt(time.now())
        && member.get().getPartnership().getStatus() == PartnershipStatus.ACTIVE;
  }

  /** The author's side follows up: the rates, the recipients, edit and withdraw. */
  public boolean isAuthorSide() {
    return rates != null;
  }

  public boolean isCanChange() {
    return isAuthorSide() && !bulletin.isWithdrawn() && member.canWrite();
  }

  public String getBodyHtml() {
    return getBulletin() == null ? "" : PostMarkdown.sanitized(bulletin.getBodyHtml());
  }

  public boolean isRecipient() {
    getBulletin();
    return recipient;
  }

  public Instant getAcknowledgedAt() {
    getBulletin();
    return acknowledgedAt;
  }

  public String getPublisher() {
    getBulletin();
    return publisher;
  }

  public List<AckRate> getRates() {
    getBulletin();
    return rates == null ? List.of() : rates;
  }

  public LazyDataModel<RecipientRow> getRecipients() {
    return recipients;
  }

  public Partnership getWorkspace() {
    return outcomes.attempt(() -> tenants.workspace().getPartnership()).orElse(null);
  }

  public boolean isNotYetOnly() {
    String requested = notYet != null ? notYet : RowParameters.parameter("notYet");
    return "true".equals(requested);
  }

  public int getPageSize() {
    return PAGE_SIZE;
  }

  private long bulletinId() {
    return Ids.parse(id != null ? id : RowParameters.parameter("id"), "bulletin");
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getNotYet() {
    return notYet;
  }

  public void setNotYet(String notYet) {
    this.notYet = notYet;
  }
}
