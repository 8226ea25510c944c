package io.shoreline.portal.web.bulletins;

import io.shoreline.portal.bulletins.AckProgress;
import io.shoreline.portal.bulletins.AckSubject;
import io.shoreline.portal.bulletins.training.TrainingDocument;
import io.shoreline.portal.bulletins.training.TrainingFileInfo;
import io.shoreline.portal.bulletins.training.TrainingLibrary;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.PartnershipStatus;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * Backing bean of app/training-document.xhtml?w=ID&id=ID: a library document with its versions and
 * downloads; the vendor's people acknowledge the current version, writers upload a new one and
 * follow up who has acknowledged it (notYet=true lists only who has not).
 */
@Named
@RequestScoped
public class TrainingDocumentView {

  @Inject Tenants tenants;
  @Inject TrainingLibrary library;
  @Inject CallerMembership member;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;
  @Inject AckProgress progress;

  private String id;
  private String notYet;
  private boolean loaded;
  private TrainingDocument document;
  private List<TrainingFileInfo> revisions = List.of();
  private Instant acknowledgedAt;
  private boolean asked;
  private boolean canWrite;
  private AckFollowUp followUp;
  private UploadedFile file;

  public void open() {
    getDocument();
  }

  public TrainingDocument getDocument() {
    if (!loaded) {
      loaded = true;
      outcomes.attempt(
          () -> {
            tenants.workspace();
            document = library.find(documentId());
            revisions = library.revisions(document.getId());
            acknowledgedAt = library.acknowledgedByCaller(document.getId()).orElse(null);
            asked = library.asksCaller();
            canWrite = member.canWrite();
            if (canWrite) {
              followUp =
                  new AckFollowUp(
                      tenants,
                      outcomes,
                      progress,
                      new AckFollowUp.Subject(
                          AckSubject.TRAINING,
                          document.getId(),
                          document.getCurrentRevision(),
                          "true"
                              .equals(
                                  notYet != null ? notYet : RowParameters.parameter("notYet"))));
            }
          });
    }
    return document;
  }

  public String acknowledge() {
    return change(() -> library.acknowledge(documentId()), "training.acknowledgedThis");
  }

  public String upload() {
    return change(
        () -> library.upload(documentId(), RowParameters.version(), TrainingList.upload(file)),
        "training.uploaded");
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
        ? "/app/training-document?faces-redirect=true&w="
            + tenants.getWorkspaceId()
            + "&id="
            + documentId()
        : null;
  }

  public boolean isCanAcknowledge() {
    return getDocument() != null
        && asked
        && acknowledgedAt == null
        && member.get().getPartnership().getStatus() == PartnershipStatus.ACTIVE;
  }

  public boolean isCanWrite() {
    getDocument();
    return canWrite;
  }

  public Partnership getWorkspace() {
    return outcomes.attempt(() -> tenants.workspace().getPartnership()).orElse(null);
  }

  public List<TrainingFileInfo> getRevisions() {
    getDocument();
    return revisions;
  }

  public Instant getAcknowledgedAt() {
    getDocument();
    return acknowledgedAt;
  }

  /** The rate and the people asked, for the members who write (coordinators, trainers). */
  public AckFollowUp getFollowUp() {
    getDocument();
    return followUp;
  }

  private long documentId() {
    return Ids.parse(id != null ? id : RowParameters.parameter("id"), "training document");
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

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
