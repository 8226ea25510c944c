package io.shoreline.portal.bulletins.authority;

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
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.WorkspaceRole;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantBound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The workspace's authority matrix: the client's coordinators publish versions, each from a date
 * (the previous one then ends the day before); the vendor's people are asked to acknowledge the
 * latest one and reminded until they do.
 */
@Stateless
@TenantBound
@Audited
public class AuthorityMatrix {

  public static final int MAX_ROWS = 200;

  @PersistenceContext EntityManager em;
  @Inject CallerMembership member;
  @Inject TimeSource time;
  @Inject Acknowledgements acks;
  @Inject VendorAsks asks;

  /** Every version, the newest first. */
  public List<AuthorityVersion> versions() {
    member.get();
    return em.createQuery(
            "SELECT v FROM AuthorityVersion v ORDER BY v.number DESC", AuthorityVersion.class)
        .getResultList();
  }

  public Optional<AuthorityVersion> latest() {
    return versions().stream().findFirst();
  }

  /** The version that applies on this day, if any. */
  public Optional<AuthorityVersion> on(LocalDate day) {
    return versions().stream().filter(v -> v.appliesOn(day)).findFirst();
  }

  public AuthorityVersion find(long versionId) {
    member.get();
    AuthorityVersion version = em.find(AuthorityVersion.class, versionId);
    if (version == null) {
      throw new NoSuchRecordException("authority version", versionId);
    }
    return version;
  }

  public List<AuthorityRule> rules(long versionId) {
    find(versionId);
    return em.createQuery(
            "SELECT r FROM AuthorityRule r WHERE r.versionId = :v ORDER BY r.position",
            AuthorityRule.class)
        .setParameter("v", versionId)
        .getResultList();
  }

  /**
   * Publishes the next version. {@code seenLatest} is the number of the latest version the editor
   * started from (0 for none): a version published meanwhile is "changed meanwhile".
   */
  public AuthorityVersion publish(
      LocalDate validFrom, String note, List<RuleRow> rows, int seenLatest) {
    Membership editor = requireClientCoordinator();
    if (validFrom == null) {
      throw new RuleViolation("authority.startRequired");
    }
    List<RuleRow> valid = validated(rows);
    String remark = note == null ? "" : note.strip();
    if (remark.length() > 500) {
      throw new RuleViolation("authority.noteTooLong", 500);
    }
    // the workspace row, locked, serialises publications: even the very first (no version to lock)
    Partnership workspace =
        em.find(Partnership.class, member.workspaceId(), LockModeType.PESSIMISTIC_WRITE);
    Optional<AuthorityVersion> previous = lockedLatest();
    int latestNumber = previous.map(AuthorityVersion::getNumber).orElse(0);
    if (latestNumber != seenLatest) {
      throw new ChangedMeanwhileException("authority matrix", latestNumber);
    }
    if (previous.isPresent() && !validFrom.isAfter(previous.get().getValidFrom())) {
      throw new RuleViolation("authority.startsTooEarly", previous.get().getValidFrom());
    }
    previous.ifPresent(version -> version.endBefore(validFrom));
    AuthorityVersion next =
        new AuthorityVersion(
            latestNumber + 1, validFrom, remark, editor.getAccount().getId(), time.now());
    em.persist(next);
    em.flush(); // its rules name its id
    for (int i = 0; i < valid.size(); i++) {
      em.persist(new AuthorityRule(next.getId(), i + 1, valid.get(i)));
    }
    asks.ask(em, workspace, asking(next), editor.getAccount().getDisplayName(), false, time.now());
    return next;
  }

  /** A person of the vendor acknowledges the latest version, once. */
  public Ack acknowledge(long versionId) {
    Membership caller = member.get();
    if (caller.getAccount().getOrganization().getId()
        != caller.getPartnership().getVendor().getId()) {
      throw new NotAllowedException("the vendor's people acknowledge the matrix");
    }
    AuthorityVersion version = find(versionId);
    if (latest().map(v -> v.getId() != versionId).orElse(true)) {
      throw new RuleViolation("authority.notLatest");
    }
    // one who joined since the last reminder round is asked now
    asks.ask(em, caller.getPartnership(), asking(version), "Shoreline", false, time.now());
    return acks.acknowledge(AckSubject.AUTHORITY, versionId, version.getNumber());
  }

  /** When the caller acknowledged this version, if they did. */
  public Optional<Instant> acknowledgedByCaller(long versionId) {
    AuthorityVersion version = find(versionId);
    return acks.of(
            AckSubject.AUTHORITY, versionId, version.getNumber(), member.get().getAccount().getId())
        .map(Ack::getAcknowledgedAt);
  }

  private static VendorAsks.Asking asking(AuthorityVersion version) {
    return new VendorAsks.Asking(
        AckTopic.of(version),
        version.getNumber(),
        version.getPublishedAt(),
        version.getPublishedBy());
  }

  /** Whether the caller may publish: a coordinator of the client's side. */
  public boolean canEdit() {
    Membership caller = member.get();
    return caller.getRole() == WorkspaceRole.COORDINATOR
        && caller.getAccount().getOrganization().getId()
            == caller.getPartnership().getClient().getId()
        && member.canWrite();
  }

  private Membership requireClientCoordinator() {
    Membership caller = member.toWrite();
    if (!canEdit()) {
      throw new NotAllowedException("the client's coordinators own the authority matrix");
    }
    return caller;
  }

  /** A locking read: it sees what a publication committed while this one waited for the lock. */
  private Optional<AuthorityVersion> lockedLatest() {
    return em.createQuery(
            "SELECT v FROM AuthorityVersion v ORDER BY v.number DESC", AuthorityVersion.class)
        .setMaxResults(1)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  private static List<RuleRow> validated(List<RuleRow> rows) {
    if (rows == null || rows.isEmpty()) {
      throw new RuleViolation("authority.rowsRequired");
    }
    if (rows.size() > MAX_ROWS) {
      throw new RuleViolation("authority.tooManyRows", MAX_ROWS);
    }
    List<RuleRow> valid = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      valid.add(rows.get(i).validated(i + 1));
    }
    return valid;
  }
}
