package io.shoreline.portal.feeds;

import io.shoreline.portal.feeds.IngestOutcome.Rejected;
import io.shoreline.portal.platform.NoSuchRecordException;
import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.isolation.CurrentTenant;
import io.shoreline.portal.tenancy.isolation.FeedRowSql;
import io.shoreline.portal.tenancy.isolation.NoSuchWorkspaceException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.InputStream;
import java.util.Optional;

/**
 * Turns one submission into a new version of a feed, or refuses it whole. No access check: the
 * calling boundary (a signed-in account's, an API token's) opened the workspace and decided the
 * submitter may write; this only requires that the submitter's side publishes the feed. Runs in the
 * boundary's transaction: rows are written as they are read and, on any problem, the transaction is
 * marked for rollback, so nothing of a refused submission stays.
 */
@Dependent
public class FeedIngest {

  /** The longest idempotency key accepted. */
  public static final int MAX_IDEMPOTENCY_KEY = 100;

  @PersistenceContext EntityManager em;
  @Inject FeedRowSql rows;
  @Inject CurrentTenant tenant;
  @Inject TimeSource time;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transaction;

  // parses a submission while this thread writes the previous chunk (ParsedChunks)
  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  /** A submission's body and how to read and apply it. */
  public record Submission(
      InputStream body, IngestFormat format, IngestMode mode, String idempotencyKey) {}

  public IngestOutcome ingest(long feedId, Submitter submitter, Submission submission) {
    long workspaceId = tenant.workspaceId().orElseThrow(() -> new NoSuchWorkspaceException(0));
    String idempotencyKey = blankToNull(submission.idempotencyKey());
    if (idempotencyKey != null && idempotencyKey.length() > MAX_IDEMPOTENCY_KEY) {
      return reject(single("idempotencyKey"));
    }
    // two submissions to one feed wait for each other here: versions are consecutive and a
    // retried key finds the version its first attempt stored
    Feed feed = em.find(Feed.class, feedId, LockModeType.PESSIMISTIC_WRITE);
    if (feed == null) {
      throw new NoSuchRecordException("feed", feedId);
    }
    feed.requirePublisher(submitter.side());
    Optional<FeedVersion> earlier = earlier(feedId, idempotencyKey);
    if (earlier.isPresent()) {
      return earlier.get().outcome(true);
    }
    int number = feed.getCurrentVersion() + 1;
    ValidationReport report = new ValidationReport();
    RowValidator validator = new RowValidator(feed.columns());
    VersionWriter writer =
        new VersionWriter(
            rows, workspaceId, feedId, number, submission.mode(), validator.keyNames(), report);
    int[] keyIndexes = feed.columns().keyIndexes();
    FeedColumns columns = feed.columns();
    new ParsedChunks()
        .run(
            executor,
            valid ->
                RowSource.of(submission.format())
                    .read(
                        new Utf8Input(submission.body()),
                        columns,
                        (row, raw) -> {
                          String[] cells = validator.validate(row, raw, report);
                          if (cells != null) {
                            valid.add(row, FeedCells.key(cells, keyIndexes), FeedCells.join(cells));
                          }
                        },
                        report),
            writer::add);
    writer.finish();
    if (report.isEmpty() && writer.rows() == 0 && submission.mode() == IngestMode.MERGE) {
      report.add(0, null, "empty", null);
    }
    if (!report.isEmpty()) {
      return reject(report);
    }
    int removed =
        submission.mode() == IngestMode.SNAPSHOT
            ? rows.closeUnseen(workspaceId, feedId, number)
            : 0;
    FeedVersion version =
        new FeedVersion(
            feedId,
            number,
            submitter,
            submission.mode(),
            writer.counts(removed),
            idempotencyKey,
            time.now());
    em.persist(version);
    feed.recordVersion(
        number,
        feed.getCurrentRows() + version.getAdded() - version.getRemoved(),
        version.getSubmittedAt(),
        submitter);
    return version.outcome(false);
  }

  private Optional<FeedVersion> earlier(long feedId, String idempotencyKey) {
    if (idempotencyKey == null) {
      return Optional.empty();
    }
    return em.createNamedQuery(FeedVersion.BY_KEY, FeedVersion.class)
        .setParameter("feed", feedId)
        .setParameter("key", idempotencyKey)
        .getResultStream()
        .findFirst();
  }

  private Rejected reject(ValidationReport report) {
    transaction.setRollbackOnly(); // rows written before the first problem go too
    return Rejected.of(report);
  }

  private static ValidationReport single(String code) {
    ValidationReport report = new ValidationReport();
    report.add(0, null, code, null);
    return report;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
