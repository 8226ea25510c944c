package io.shoreline.portal.threads;

import io.shoreline.portal.audit.Auditable;
import io.shoreline.portal.identity.Account;
import io.shoreline.portal.tenancy.isolation.TenantProperties;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.QueryHints;

/**
 * A post of a thread, written in Markdown; its sanitized HTML is rendered once, when written. A
 * removed post keeps its place (and number) with a "removed" marker, but not its text.
 */
@Entity
@Table(name = "post")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id then bind the tenant too
    // (eclipselink#1333)
    primaryKey = true)
@NamedQuery(
    name = Post.PAGE,
    query =
        "SELECT p FROM Post p JOIN FETCH p.author"
            + " WHERE p.conversationId = :thread ORDER BY p.seq",
    // EclipseLink does not apply a nested JOIN FETCH through an alias; this hint does
    hints = @QueryHint(name = QueryHints.FETCH, value = "p.author.organization"))
@NamedQuery(
    name = Post.COUNT,
    query = "SELECT COUNT(p) FROM Post p WHERE p.conversationId = :thread")
@NamedQuery(
    name = Post.BY_SEQ,
    query = "SELECT p FROM Post p WHERE p.conversationId = :thread AND p.seq = :seq")
@NamedQuery(
    name = Post.WITH_IDS,
    query =
        "SELECT p FROM Post p JOIN FETCH p.author a JOIN FETCH a.organization WHERE p.id IN :ids")
public class Post implements Auditable {

  static final String PAGE = "Post.page";
  static final String WITH_IDS = "Post.withIds";
  static final String COUNT = "Post.count";
  static final String BY_SEQ = "Post.bySeq";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "conversation_id")
  private long conversationId;

  private int seq;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "author_id")
  private Account author;

  @Column(name = "reply_to_seq")
  private Integer replyToSeq;

  @Column(name = "body_markdown")
  private String markdown;

  @Column(name = "body_html")
  private String html;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "edited_at")
  private Instant editedAt;

  @Column(name = "removed_at")
  private Instant removedAt;

  @Column(name = "attachment_count")
  private int attachmentCount;

  @Column(name = "removed_by")
  private Long removedBy;

  @Version private long version;

  protected Post() {}

  Post(long conversationId, int seq, Account author, Integer replyToSeq, Instant at) {
    this.conversationId = conversationId;
    this.seq = seq;
    this.author = author;
    this.replyToSeq = replyToSeq;
    this.createdAt = at;
  }

  void attached(int files) {
    this.attachmentCount = files;
  }

  /** Whether files are stored with it (a removed post keeps none). */
  public boolean hasAttachments() {
    return attachmentCount > 0;
  }

  void write(RenderedText text) {
    this.markdown = text.markdown();
    this.html = text.html();
  }

  void edited(RenderedText text, Instant at) {
    write(text);
    this.editedAt = at;
  }

  void remove(long by, Instant at) {
    this.markdown = "";
    this.html = "";
    this.removedBy = by;
    this.removedAt = at;
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getConversationId() {
    return conversationId;
  }

  public int getSeq() {
    return seq;
  }

  public Account getAuthor() {
    return author;
  }

  public Integer getReplyToSeq() {
    return replyToSeq;
  }

  public String getMarkdown() {
    return markdown;
  }

  /** Sanitized when written: safe to output unescaped. */
  public String getHtml() {
    return html;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getEditedAt() {
    return editedAt;
  }

  public boolean isEdited() {
    return editedAt != null;
  }

  public boolean isRemoved() {
    return removedAt != null;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditSummary() {
    String text = markdown.length() > 80 ? markdown.substring(0, 80) + "…" : markdown;
    return "Post #"
        + seq
        + " of thread "
        + conversationId
        + (isRemoved() ? " (removed)" : ": " + text);
  }
}
