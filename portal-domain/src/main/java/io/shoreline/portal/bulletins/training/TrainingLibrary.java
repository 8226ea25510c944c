package io.shoreline.portal.bulletins.training;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.bulletins.Ack;
import io.shoreline.portal.bulletins.AckSubject;
import io.shoreline.portal.bulletins.Acknowledgements;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import io.shoreline.portal.threads.AttachmentInspection;
import io.shoreline.portal.threads.InspectedFile;
import io.shoreline.portal.threads.Upload;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The workspace's training library: writers of either side add documents and upload new revisions;
 * every member acknowledges the current revision of each document.
 */
@Stateless
@TenantBound
@Audited
public class TrainingLibrary {

  /** Course material may be a deck or a PDF: up to 10 MB, checked by content. */
  static final AttachmentInspection FILES = new AttachmentInspection(10L * 1024 * 1024);

  @PersistenceContext EntityManager em;
  @Inject CallerMembership member;
  @Inject TimeSource time;
  @Inject Acknowledgements acks;

  public TrainingDocument add(
      String title, String description, TrainingCategory category, Upload upload) {
    Membership writer = member.toWrite();
    String name = required(title, 200, "training.titleRequired", "training.titleTooLong");
    String about = description == null ? "" : description.strip();
    if (about.length() > 2000) {
      throw new RuleViolation("training.descriptionTooLong", 2000);
    }
    if (category == null) {
      throw new RuleViolation("training.categoryRequired");
    }
    InspectedFile file = inspect(upload);
    TrainingDocument document =
        new TrainingDocument(name, about, category, writer.getAccount().getId());
    em.persist(document);
    em.flush(); // the file names its id
    store(document, file, upload.content(), writer);
    return document;
  }

  /** A new file for the document: a new revision everyone acknowledges again. */
  public TrainingDocument upload(long id, long seenVersion, Upload upload) {
    Membership writer = member.toWrite();
    InspectedFile file = inspect(upload);
    TrainingDocument document = em.find(TrainingDocument.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (document == null) {
      throw new NoSuchRecordException("training document", id);
    }
    ChangedMeanwhileException.check("training document", id, document.getVersion(), seenVersion);
    store(document, file, upload.content(), writer);
    return document;
  }

  public List<TrainingDocument> page(int first, int max) {
    member.get();
    return em.createQuery(
            "SELECT d FROM TrainingDocument d ORDER BY d.category, d.title, d.id",
            TrainingDocument.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count() {
    member.get();
    return em.createQuery("SELECT COUNT(d) FROM TrainingDocument d", Long.class).getSingleResult();
  }

  public TrainingDocument find(long id) {
    member.get();
    TrainingDocument document = em.find(TrainingDocument.class, id);
    if (document == null) {
      throw new NoSuchRecordException("training document", id);
    }
    return document;
  }

  /** The document's revisions, newest first, without their bytes. */
  public List<TrainingFileInfo> revisions(long id) {
    find(id);
    return em.createQuery(
            "SELECT NEW io.shoreline.portal.bulletins.training.TrainingFileInfo(f.id, f.revision,"
                + " f.fileName, f.contentType, f.sizeBytes, f.uploadedAt, p.displayName)"
                + " FROM TrainingFile f, Account p WHERE f.documentId = :d AND p.id = f.uploadedBy"
                + " ORDER BY f.revision DESC",
            TrainingFileInfo.class)
        .setParameter("d", id)
        .getResultList();
  }

  public TrainingFile file(long fileId) {
    member.get();
    TrainingFile file = em.find(TrainingFile.class, fileId);
    if (file == null) {
      throw new NoSuchRecordException("training file", fileId);
    }
    return file;
  }

  public Ack acknowledge(long id) {
    TrainingDocument document = find(id);
    io.shoreline.portal.tenancy.isolation.TenantAccess.requireActive(member.get().getPartnership());
    return acks.acknowledge(AckSubject.TRAINING, id, document.getCurrentRevision());
  }

  public Optional<Instant> acknowledgedByCaller(long id) {
    TrainingDocument document = find(id);
    return acks.of(
            AckSubject.TRAINING,
            id,
            document.getCurrentRevision(),
            member.get().getAccount().getId())
        .map(Ack::getAcknowledgedAt);
  }

  public long acknowledgements(long id) {
    TrainingDocument document = find(id);
    return acks.count(AckSubject.TRAINING, id, document.getCurrentRevision());
  }

  private void store(TrainingDocument document, InspectedFile file, byte[] data, Membership by) {
    int revision = document.nextRevision();
    em.persist(
        new TrainingFile(
            document.getId(), revision, file, data, by.getAccount().getId(), time.now()));
  }

  private static InspectedFile inspect(Upload upload) {
    if (upload == null) {
      throw new RuleViolation("training.fileRequired");
    }
    return FILES.inspect(upload.fileName(), upload.content());
  }

  private static String required(String text, int max, String emptyKey, String longKey) {
    String value = text == null ? "" : text.strip();
    if (value.isEmpty()) {
      throw new RuleViolation(emptyKey);
    }
    if (value.length() > max) {
      throw new RuleViolation(longKey, max);
    }
    return value;
  }
}
