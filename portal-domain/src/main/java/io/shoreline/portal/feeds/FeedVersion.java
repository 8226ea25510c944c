package io.shoreline.portal.feeds;

import io.shoreline.portal.audit.Auditable;
import io.shoreline.portal.tenancy.isolation.TenantProperties;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One accepted submission of a feed: its number, who sent it, from where, and what it changed. */
@Entity
@Table(name = "feed_version")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    primaryKey = true)
@NamedQuery(
    name = FeedVersion.OF_FEED,
    query = "SELECT v FROM FeedVersion v WHERE v.feedId = :feed ORDER BY v.number DESC")
@NamedQuery(
    name = FeedVersion.COUNT,
    query = "SELECT COUNT(v) FROM FeedVersion v WHERE v.feedId = :feed")
@NamedQuery(
    name = FeedVersion.BY_KEY,
    query = "SELECT v FROM FeedVersion v WHERE v.feedId = :feed AND v.idempotencyKey = :key")
public class FeedVersion implements Auditable {

  static final String OF_FEED = "FeedVersion.ofFeed";
  static final String COUNT = "FeedVersion.count";
  static final String BY_KEY = "FeedVersion.byKey";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "feed_id")
  private long feedId;

  private int number;

  @Column(name = "submitter_org_id")
  private long submitterOrganizationId;

  @Column(name = "submitter_account_id")
  private Long submitterAccountId;

  private String source;

  @Enumerated(EnumType.STRING)
  private IngestMode mode;

  private int added;
  private int changed;
  private int removed;
  private int unchanged;

  @Column(name = "idempotency_key")
  private String idempotencyKey;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  protected FeedVersion() {}

  FeedVersion(
      long feedId,
      int number,
      Submitter submitter,
      IngestMode mode,
      int[] counts,
      String idempotencyKey,
      Instant at) {
    this.feedId = feedId;
    this.number = number;
    this.submitterOrganizationId = submitter.organizationId();
    this.submitterAccountId = submitter.accountId();
    this.source = submitter.source();
    this.mode = mode;
    this.added = counts[0];
    this.changed = counts[1];
    this.removed = counts[2];
    this.unchanged = counts[3];
    this.idempotencyKey = idempotencyKey;
    this.submittedAt = at;
  }

  IngestOutcome.Accepted outcome(boolean replayed) {
    return new IngestOutcome.Accepted(number, added, changed, removed, unchanged, replayed);
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getFeedId() {
    return feedId;
  }

  public int getNumber() {
    return number;
  }

  public long getSubmitterOrganizationId() {
    return submitterOrganizationId;
  }

  public Long getSubmitterAccountId() {
    return submitterAccountId;
  }

  public String getSource() {
    return source;
  }

  public IngestMode getMode() {
    return mode;
  }

  public int getAdded() {
    return added;
  }

  public int getChanged() {
    return changed;
  }

  public int getRemoved() {
    return removed;
  }

  public int getUnchanged() {
    return unchanged;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  @Override
  public String auditSummary() {
    return "Feed "
        + feedId
        + " version "
        + number
        + " from "
        + source
        + ": "
        + added
        + " added, "
        + changed
        + " changed, "
        + removed
        + " removed";
  }
}
