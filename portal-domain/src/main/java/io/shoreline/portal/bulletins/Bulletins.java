package io.shoreline.portal.bulletins;

import io.shoreline.portal.audit.Audited;
import io.shoreline.portal.identity.Account;
import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.NotAllowedException;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantAccess;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import io.shoreline.portal.threads.AttachmentInspection;
import io.shoreline.portal.threads.InspectedFile;
import io.shoreline.portal.threads.PostMarkdown;
import io.shoreline.portal.threads.Upload;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;

/**
 * A workspace's bulletins: written by a writer of one side for the other side's people, revised (a
 * new version everyone acknowledges again) or withdrawn by the author's side, acknowledged by each
 * recipient once per version.
 */
@Stateless
@TenantBound
@Audited
public class Bulletins {

  /** Attachments up to 5 MB, checked by content like threads' files. */
  static final AttachmentInspection FILES = new AttachmentInspection(5L * 1024 * 1024);

  private final PostMarkdown markdown = new PostMarkdown();

  @PersistenceContext EntityManager em;
  @Inject CallerMembership member;
  @Inject TimeSource time;
  @Inject BulletinAudiences audiences;
  @Inject AckNotice notice;
  @Inject AckRequests requests;
  @Inject AckProgress progress;
  @Inject Acknowledgements acks;

  public Bulletin publish(BulletinDraft draft) {
    BulletinDraft valid = draft.validated();
    Membership writer = member.toWrite();
    Partnership workspace = writer.getPartnership();
    long ownOrg = writer.getAccount().getOrganization().getId();
    long audienceOrg =
        workspace.getClient().getId() == ownOrg
            ? workspace.getVendor().getId()
            : workspace.getClient().getId();
    Map<Long, String> sites = audiences.siteNames(audienceOrg);
    if (!sites.keySet().containsAll(valid.audience().siteIds())) {
      throw new RuleViolation("bulletins.unknownSite");
    }
    Bulletin bulletin =
        new Bulletin(
            ownOrg, audienceOrg, valid, html(valid), writer.getAccount().getId(), time.now());
    InspectedFile file = inspect(valid.attachment());
    em.persist(bulletin);
    em.flush(); // recipients, notifications and the file name its id
    attach(bulletin, file, valid.attachment());
    ask(bulletin, audiences.addNewcomers(em, member.workspaceId(), bulletin, time.now()), writer);
    return bulletin;
  }

  /** A new version: everyone asked is asked again (their earlier acknowledgements stay). */
  public Bulletin revise(long id, long seenVersion, BulletinDraft draft) {
    BulletinDraft valid = draft.validated();
    Membership writer = member.toWrite();
    Bulletin bulletin = toChange(id, seenVersion, writer);
    if (bulletin.isWithdrawn()) {
      throw new RuleViolation("bulletins.withdrawn");
    }
    InspectedFile file = inspect(valid.attachment());
    bulletin.revise(valid, html(valid), writer.getAccount().getId(), time.now());
    attach(bulletin, file, valid.attachment());
    audiences.addNewcomers(em, member.workspaceId(), bulletin, time.now());
    List<Account> people = requests.askedPeople(em, AckSubject.BULLETIN, id);
    AckNotice.From from = from(writer);
    for (Account person : people) {
      notice.ask(person, AckTopic.of(bulletin), from, false, bulletin.getPublishedAt());
    }
    return bulletin;
  }

  public Bulletin withdraw(long id, long seenVersion) {
    Membership writer = member.toWrite();
    Bulletin bulletin = toChange(id, seenVersion, writer);
    if (!bulletin.isWithdrawn()) {
      bulletin.withdraw(time.now());
    }
    return bulletin;
  }

  /** The caller acknowledges the bulletin's current version, once; only its recipients may. */
  public Ack acknowledge(long id) {
    Membership caller = member.get();
    TenantAccess.requireActive(caller.getPartnership());
    Bulletin bulletin = find(id);
    if (!progress.isAsked(AckSubject.BULLETIN, id, caller.getAccount().getId())) {
      throw new NotAllowedException("not a recipient of bulletin " + id);
    }
    if (bulletin.isWithdrawn() || !time.now().isBefore(bulletin.getValidUntil())) {
      throw new RuleViolation("bulletins.notLive");
    }
    return acks.acknowledge(AckSubject.BULLETIN, id, bulletin.getRevision());
  }

  public Bulletin find(long id) {
    member.get();
    Bulletin bulletin = em.find(Bulletin.class, id);
    if (bulletin == null) {
      throw new NoSuchRecordException("bulletin", id);
    }
    return bulletin;
  }

  /** Whether the caller's side wrote it: theirs to revise, withdraw and follow up. */
  public boolean isAuthorSide(Bulletin bulletin) {
    return member.get().getAccount().getOrganization().getId() == bulletin.getAuthorOrgId();
  }

  private Bulletin toChange(long id, long seenVersion, Membership writer) {
    Bulletin bulletin = em.find(Bulletin.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (bulletin == null) {
      throw new NoSuchRecordException("bulletin", id);
    }
    if (writer.getAccount().getOrganization().getId() != bulletin.getAuthorOrgId()) {
      throw new NotAllowedException("only the author's side changes a bulletin");
    }
    ChangedMeanwhileException.check("bulletin", id, bulletin.getVersion(), seenVersion);
    return bulletin;
  }

  private void ask(Bulletin bulletin, List<Membership> recipients, Membership writer) {
    AckNotice.From from = from(writer);
    for (Membership recipient : recipients) {
      notice.ask(
          recipient.getAccount(), AckTopic.of(bulletin), from, false, bulletin.getPublishedAt());
    }
  }

  private AckNotice.From from(Membership writer) {
    return new AckNotice.From(
        member.workspaceId(),
        writer.getPartnership().getName(),
        writer.getAccount().getDisplayName());
  }

  private String html(BulletinDraft draft) {
    return markdown.toHtml(draft.markdown(), Map.of());
  }

  /** The checked file, or null when none was sent (a new version then keeps the old one). */
  private static InspectedFile inspect(Upload upload) {
    return upload == null ? null : FILES.inspect(upload.fileName(), upload.content());
  }

  private void attach(Bulletin bulletin, InspectedFile file, Upload upload) {
    if (file != null) {
      BulletinFile stored = new BulletinFile(bulletin.getId(), file, upload.content());
      em.persist(stored);
      em.flush(); // the bulletin names its id
      bulletin.attach(stored);
    }
  }

  /** The bulletin's current attachment. */
  public BulletinFile attachment(long bulletinId) {
    Bulletin bulletin = find(bulletinId);
    BulletinFile file =
        bulletin.getAttachmentId() == null
            ? null
            : em.find(BulletinFile.class, bulletin.getAttachmentId());
    if (file == null) {
      throw new NoSuchRecordException("bulletin file", bulletinId);
    }
    return file;
  }
}
