package io.shoreline.portal.threads;

import io.shoreline.portal.tenancy.isolation.TenantProperties;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** The text a post had before an edit. Append-only. */
@Entity
@Table(name = "post_revision")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id then bind the tenant too
    // (eclipselink#1333)
    primaryKey = true)
@NamedQuery(
    name = PostRevision.OF_POST,
    query = "SELECT r FROM PostRevision r WHERE r.postId = :post ORDER BY r.id DESC")
public class PostRevision {

  static final String OF_POST = "PostRevision.ofPost";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "post_id")
  private long postId;

  @Column(name = "body_markdown")
  private String markdown;

  /** When this text was written (the post's creation or an earlier edit). */
  @Column(name = "written_at")
  private Instant writtenAt;

  protected PostRevision() {}

  PostRevision(long postId, String markdown, Instant writtenAt) {
    this.postId = postId;
    this.markdown = markdown;
    this.writtenAt = writtenAt;
  }

  public Long getId() {
    return id;
  }

  public String getMarkdown() {
    return markdown;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }
}
