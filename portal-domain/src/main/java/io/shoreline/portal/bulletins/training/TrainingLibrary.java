package io.shoreline.portal.bulletins.training;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.bulletins.Ack;
import io.shoreline.portal.bulletins.AckSubject;
import io.shoreline.portal.bulletins.AckTopic;
import io.shoreline.portal.bulletins.Acknowledgements;
import io.shoreline.portal.bulletins.VendorAsks;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
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
 * The workspace's training library ("crash course"): writers of either side add documents and
 * upload new revisions; the vendor's people are asked to acknowledge each document's current
 * revision, and reminded ({@link io.shoreline.portal.bulletins.StandingReminders}) until they do.
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
  @Inject VendorAsks asks;

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
    Instant at = store(document, file, upload.content(), writer);
    ask(document, writer, false, at);
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
    Instant at = store(document, file, upload.content(), writer);
    ask(document, writer, true, at);
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

  /**
   * The caller acknowledges the current revision, once. The library asks the vendor's people; one
   * who joined since the last reminder round is asked now.
   */
  public Ack acknowledge(long id) {
    TrainingDocument document = find(id);
    Membership caller = member.get();
    TenantAccess.requireActive(caller.getPartnership());
    if (!isAsked(caller)) {
      throw new NotAllowedException("the vendor's people acknowledge the training library");
    }
    asks.ask(em, caller.getPartnership(), asking(document), "Shoreline", false, time.now());
    return acks.acknowledge(AckSubject.TRAINING, id, document.getCurrentRevision());
  }

  /**
   * The documents whose current revision the caller, one of the vendor's people, has not
   * acknowledged yet (but their own), courses first; none for the client's people.
   */
  public List<TrainingDocument> toAcknowledge(int max) {
    Membership caller = member.get();
    if (!isAsked(caller)) {
      return List.of();
    }
    return em.createQuery(
            "SELECT d FROM TrainingDocument d WHERE d.createdBy <> :me AND NOT EXISTS"
                + " (SELECT a FROM Ack a WHERE a.subjectKind = :kind AND a.subjectId = d.id"
                + " AND a.subjectVersion = d.currentRevision AND a.accountId = :me)"
                + " ORDER BY d.category, d.title, d.id",
            TrainingDocument.class)
        .setParameter("me", caller.getAccount().getId())
        .setParameter("kind", AckSubject.TRAINING)
        .setMaxResults(max)
        .getResultList();
  }

  /** Whether the library asks the caller to acknowledge its documents: the vendor's people. */
  public boolean asksCaller() {
    return isAsked(member.get());
  }

  private static boolean isAsked(Membership caller) {
    return caller.getAccount().getOrganization().getId()
        == caller.getPartnership().getVendor().getId();
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

  private void ask(TrainingDocument document, Membership writer, boolean again, Instant at) {
    asks.ask(
        em,
        writer.getPartnership(),
        asking(document),
        writer.getAccount().getDisplayName(),
        again,
        at);
  }

  private VendorAsks.Asking asking(TrainingDocument document) {
    return new VendorAsks.Asking(
        AckTopic.of(document), document.getCurrentRevision(), time.now(), document.getCreatedBy());
  }

  /** Stores the file as the next revision; answers when. */
  private Instant store(TrainingDocument document, InspectedFile file, byte[] data, Membership by) {
    int revision = document.nextRevision();
    Instant at = time.now();
    em.persist(
        new TrainingFile(document.getId(), revision, file, data, by.getAccount().getId(), at));
    return at;
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
