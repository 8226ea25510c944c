package io.shoreline.portal.threads;

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
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Something a person should know of (they were mentioned). Tenant: the recipient's organization, so
 * one list gathers all their workspaces and nobody else reads it.
 */
@Entity
@Table(name = "notification")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "organization_id",
    contextProperty = TenantProperties.ORGANIZATION,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id then bind the tenant too
    // (eclipselink#1333)
    primaryKey = true)
@NamedQuery(
    name = Notification.INBOX,
    query =
        "SELECT n FROM Notification n WHERE n.accountId = :account"
            + " ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(
    name = Notification.INBOX_SIZE,
    query = "SELECT COUNT(n) FROM Notification n WHERE n.accountId = :account")
@NamedQuery(
    name = Notification.UNREAD,
    query = "SELECT COUNT(n) FROM Notification n WHERE n.accountId = :account AND n.readAt IS NULL")
@NamedQuery(
    name = Notification.UNREAD_LIST,
    query =
        "SELECT n FROM Notification n WHERE n.accountId = :account AND n.readAt IS NULL"
            + " ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(
    name = Notification.UNDIGESTED,
    query =
        "SELECT n FROM Notification n WHERE n.accountId = :account AND n.readAt IS NULL"
            + " AND n.digestedAt IS NULL ORDER BY n.createdAt")
public class Notification {

  static final String INBOX = "Notification.inbox";
  static final String INBOX_SIZE = "Notification.inboxSize";
  static final String UNREAD = "Notification.unread";
  static final String UNREAD_LIST = "Notification.unreadList";
  static final String UNDIGESTED = "Notification.undigested";

  /** Why the person is told (replies and other reasons are to come). */
  public enum Kind {
    MENTION,
    /** An action item of a site visit was given to the person. */
    ACTION_ASSIGNED,
    /** A feed the person's side publishes missed its cadence (its name is the subject). */
    FEED_STALE,
    /** A bulletin (or a new version of it) asks the person to acknowledge it, or reminds them. */
    BULLETIN,
    /** A training document (or its new revision) asks the person to acknowledge it. */
    TRAINING,
    /** A new version of the authority matrix asks the person to acknowledge it. */
    AUTHORITY,
    /**
     * An exchange proposal the person's side answers or proposed moved on (proposed, other dates,
     * accepted, awaiting approval, approved, rejected, withdrawn): its id is the subject id.
     */
    EXCHANGE,
    /** A KPI or new terms of one await the person's side's answer, or were answered. */
    KPI,
    /**
     * An incident was reported by the other side, or resolved, reopened, agreed to close by one
     * side or closed: its id is the subject id.
     */
    INCIDENT,
    /**
     * A customer feedback item was flagged for the client's attention: its id is the subject id.
     */
    FEEDBACK;

    /** The kinds that ask to acknowledge their subject (its id is the subject id). */
    public boolean asksToAcknowledge() {
      return this == BULLETIN || this == TRAINING || this == AUTHORITY;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id")
  private long accountId;

  @Column(name = "workspace_id")
  private long workspaceId;

  @Column(name = "conversation_id")
  private Long conversationId;

  @Column(name = "action_item_id")
  private Long actionItemId;

  @Column(name = "subject_id")
  private Long subjectId;

  @Column(name = "post_seq")
  private int postSeq;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  @Column(name = "actor_name")
  private String actorName;

  /** The thread's title when it happened. */
  private String subject;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  @Column(name = "digested_at")
  private Instant digestedAt;

  @Version private long version;

  protected Notification() {}

  Notification(long accountId, Kind kind, Post post, Conversation thread, long workspaceId) {
    this.accountId = accountId;
    this.kind = kind;
    this.workspaceId = workspaceId;
    this.conversationId = thread.getId();
    this.postSeq = post.getSeq();
    this.actorName = post.getAuthor().getDisplayName();
    this.subject = thread.getTitle();
    this.createdAt = post.getCreatedAt();
  }

  void read(Instant at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  void digested(Instant at) {
    digestedAt = at;
  }

  public Long getId() {
    return id;
  }

  public long getAccountId() {
    return accountId;
  }

  public long getWorkspaceId() {
    return workspaceId;
  }

  /** The thread of a mention; null for other kinds. */
  public Long getConversationId() {
    return conversationId;
  }

  /** The action item given to the person; null for other kinds. */
  public Long getActionItemId() {
    return actionItemId;
  }

  /** What it asks to acknowledge (a bulletin, training document, matrix version); else null. */
  public Long getSubjectId() {
    return subjectId;
  }

  public int getPostSeq() {
    return postSeq;
  }

  public Kind getKind() {
    return kind;
  }

  public String getActorName() {
    return actorName;
  }

  public String getSubject() {
    return subject;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public boolean isRead() {
    return readAt != null;
  }

  public long getVersion() {
    return version;
  }
}
