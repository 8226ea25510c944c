package io.shoreline.portal.web.bulletins;

import io.shoreline.portal.bulletins.Bulletin;
import io.shoreline.portal.bulletins.BulletinBoard;
import io.shoreline.portal.bulletins.Bulletins;
import io.shoreline.portal.bulletins.authority.AuthorityMatrix;
import io.shoreline.portal.bulletins.authority.AuthorityVersion;
import io.shoreline.portal.bulletins.training.TrainingDocument;
import io.shoreline.portal.bulletins.training.TrainingLibrary;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.PagedRows;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * Backing bean of app/bulletins.xhtml?w=ID: what the caller still has to acknowledge (critical
 * first, with an "Acknowledge" button each), then all the workspace's bulletins a page at a time.
 */
@Named
@RequestScoped
public class BulletinList {

  public static final int PAGE_SIZE = 20;
  static final int TO_ACKNOWLEDGE = 20;

  @Inject Tenants tenants;
  @Inject BulletinBoard board;
  @Inject Bulletins bulletins;
  @Inject CallerMembership member;
  @Inject AuthorityMatrix matrix;
  @Inject TrainingLibrary library;
  @Inject TimeSource time;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private LazyDataModel<Bulletin> model;
  private List<Bulletin> toAcknowledge;
  private AuthorityVersion matrixToAcknowledge;
  private List<TrainingDocument> trainingToAcknowledge;
  private boolean matrixChecked;

  @PostConstruct
  void createModel() {
    model =
        new PagedRows<>(
            outcomes,
            () -> {
              tenants.workspace();
              return board.count();
            },
            (first, max) -> {
              tenants.workspace();
              return board.page(first, max);
            },
            Bulletin::getId);
  }

  /** The view action: checks membership before anything of the workspace is read. */
  public void open() {
    getWorkspace();
  }

  public Partnership getWorkspace() {
    return outcomes.attempt(() -> tenants.workspace().getPartnership()).orElse(null);
  }

  public List<Bulletin> getToAcknowledge() {
    if (toAcknowledge == null) {
      toAcknowledge =
          outcomes
              .attempt(
                  () -> {
                    tenants.workspace();
                    return board.toAcknowledge(TO_ACKNOWLEDGE);
                  })
              .orElse(List.of());
    }
    return toAcknowledge;
  }

  /** Training documents the caller (of the vendor's people) has not acknowledged yet. */
  public List<TrainingDocument> getTrainingToAcknowledge() {
    if (trainingToAcknowledge == null) {
      trainingToAcknowledge =
          outcomes
              .attempt(
                  () -> {
                    tenants.workspace();
                    return library.toAcknowledge(TO_ACKNOWLEDGE);
                  })
              .orElse(List.of());
    }
    return trainingToAcknowledge;
  }

  /** How many things the workspace home asks the caller to acknowledge. */
  public int getPendingCount() {
    return getToAcknowledge().size()
        + getTrainingToAcknowledge().size()
        + (getMatrixToAcknowledge() == null ? 0 : 1);
  }

  /** The latest authority matrix version, for a vendor member who has not acknowledged it. */
  public AuthorityVersion getMatrixToAcknowledge() {
    if (!matrixChecked) {
      matrixChecked = true;
      matrixToAcknowledge =
          outcomes
              .attempt(
                  () -> {
                    Membership mine = tenants.workspace();
                    boolean vendor =
                        mine.getAccount().getOrganization().getId()
                            == mine.getPartnership().getVendor().getId();
                    return vendor
                        ? matrix
                            .latest()
                            .filter(v -> matrix.acknowledgedByCaller(v.getId()).isEmpty())
                            .orElse(null)
                        : null;
                  })
              .orElse(null);
    }
    return matrixToAcknowledge;
  }

  /** Acknowledges the row's bulletin ("id"), then shows the list again. */
  public String acknowledge() {
    boolean done =
        outcomes.attempt(
            () -> {
              tenants.workspace();
              Bulletin bulletin = bulletins.find(RowParameters.id("bulletin"));
              bulletins.acknowledge(bulletin.getId());
              messages.info("bulletins.acknowledged", bulletin.getTitle());
            });
    return done ? "/app/bulletins?faces-redirect=true&w=" + tenants.getWorkspaceId() : null;
  }

  public boolean isCanWrite() {
    return outcomes
        .attempt(
            () -> {
              tenants.workspace();
              return member.canWrite();
            })
        .orElse(false);
  }

  /** LIVE, UPCOMING, EXPIRED or WITHDRAWN, for the list's tag. */
  public String state(Bulletin bulletin) {
    if (bulletin.isWithdrawn()) {
      return "WITHDRAWN";
    }
    if (bulletin.isLiveAt(time.now())) {
      return "LIVE";
    }
    return time.now().isBefore(bulletin.getValidFrom()) ? "UPCOMING" : "EXPIRED";
  }

  /** PrimeFaces tag severities by urgency. */
  public String severity(Bulletin bulletin) {
    return switch (bulletin.getUrgency()) {
      case CRITICAL -> "danger";
      case IMPORTANT -> "warning";
      case INFO -> "info";
    };
  }

  public LazyDataModel<Bulletin> getModel() {
    return model;
  }

  public int getPageSize() {
    return PAGE_SIZE;
  }
}
