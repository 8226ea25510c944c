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
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A file attached to a post; its bytes are {@link AttachmentChunk}s. Immutable. */
@Entity
@Table(name = "attachment")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id then bind the tenant too
    // (eclipselink#1333)
    primaryKey = true)
@NamedQuery(
    name = Attachment.OF_POSTS,
    query = "SELECT a FROM Attachment a WHERE a.postId IN :posts ORDER BY a.id")
public class Attachment {

  static final String OF_POSTS = "Attachment.ofPosts";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "post_id")
  private long postId;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "content_type")
  private String contentType;

  @Column(name = "size_bytes")
  private long sizeBytes;

  private String sha256;
  private boolean image;

  protected Attachment() {}

  Attachment(long postId, InspectedFile file) {
    this.postId = postId;
    this.fileName = file.fileName();
    this.contentType = file.contentType();
    this.sizeBytes = file.size();
    this.sha256 = file.sha256Hex();
    this.image = file.image();
  }

  public Long getId() {
    return id;
  }

  public long getPostId() {
    return postId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public boolean isImage() {
    return image;
  }
}
