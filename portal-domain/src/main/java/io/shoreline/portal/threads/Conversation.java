package io.shoreline.portal.threads;

import io.shoreline.portal.audit.Auditable;
import io.shoreline.portal.tenancy.isolation.TenantProperties;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A communication thread of a workspace (named so to stay clear of {@code java.lang.Thread}). Its
 * posts are numbered 1, 2, …; {@link #getPostCount()} is the last number given, which also makes
 * unread counts a subtraction.
 */
@Entity
@Table(name = "conversation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id then bind the tenant too
    // (eclipselink#1333)
    primaryKey = true)
@NamedQuery(
    name = Conversation.PAGE,
    query =
        "SELECT c FROM Conversation c JOIN FETCH c.category"
            + " ORDER BY c.pinned DESC, c.lastPostAt DESC, c.id DESC")
@NamedQuery(name = Conversation.COUNT, query = "SELECT COUNT(c) FROM Conversation c")
@NamedQuery(
    name = Conversation.WITH_CATEGORY,
    query = "SELECT c FROM Conversation c JOIN FETCH c.category WHERE c.id = :id")
@NamedQuery(
    name = Conversation.IN_CATEGORY,
    query = "SELECT COUNT(c) FROM Conversation c WHERE c.category.id = :category")
@NamedQuery(name = Conversation.POSTS_IN_ALL, query = "SELECT SUM(c.postCount) FROM Conversation c")
@NamedQuery(
    name = Conversation.TITLES,
    query = "SELECT c.id, c.title FROM Conversation c WHERE c.id IN :ids")
public class Conversation implements Auditable {

  static final String TITLES = "Conversation.titles";
  static final String PAGE = "Conversation.page";
  static final String COUNT = "Conversation.count";
  static final String WITH_CATEGORY = "Conversation.withCategory";
  static final String IN_CATEGORY = "Conversation.inCategory";
  static final String POSTS_IN_ALL = "Conversation.postsInAll";
  public static final int TITLE_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  // the category's key is (id, workspace_id): the same workspace as the thread's
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumns({
    @JoinColumn(name = "category_id", referencedColumnName = "id"),
    @JoinColumn(
        name = "workspace_id",
        referencedColumnName = "workspace_id",
        insertable = false,
        updatable = false)
  })
  private ThreadCategory category;

  private String title;

  @Column(name = "linked_type")
  private String linkedType;

  @Column(name = "linked_id")
  private Long linkedId;

  private boolean pinned;
  private boolean resolved;

  @Column(name = "started_by")
  private long startedBy;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "last_post_at")
  private Instant lastPostAt;

  @Column(name = "post_count")
  private int postCount;

  @Version private long version;

  protected Conversation() {}

  Conversation(ThreadCategory category, String title, long startedBy, Instant at) {
    this.category = category;
    this.title = title;
    this.startedBy = startedBy;
    this.startedAt = at;
    this.lastPostAt = at;
  }

  /** The next post's number; the caller holds the thread's row lock. */
  int nextPost(Instant at) {
    lastPostAt = at;
    return ++postCount;
  }

  void pin(boolean pinned) {
    this.pinned = pinned;
  }

  void resolve(boolean resolved) {
    this.resolved = resolved;
  }

  @Override
  public Long getId() {
    return id;
  }

  public ThreadCategory getCategory() {
    return category;
  }

  public String getTitle() {
    return title;
  }

  public String getLinkedType() {
    return linkedType;
  }

  public Long getLinkedId() {
    return linkedId;
  }

  public boolean isPinned() {
    return pinned;
  }

  public boolean isResolved() {
    return resolved;
  }

  public long getStartedBy() {
    return startedBy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getLastPostAt() {
    return lastPostAt;
  }

  public int getPostCount() {
    return postCount;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditSummary() {
    return "Thread \""
        + title
        + "\" ("
        + category.getName()
        + (pinned ? ", pinned" : "")
        + (resolved ? ", resolved" : ", open")
        + ")";
  }
}
