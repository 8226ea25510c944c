package io.shoreline.portal.bulletins.training;

import io.shoreline.portal.audit.Auditable;
import io.shoreline.portal.tenancy.isolation.TenantProperties;
import io.shoreline.portal.threads.InspectedFile;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One revision of a training document's file, in the database so every node serves it. */
@Entity
@Table(name = "training_file")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER)
public class TrainingFile implements Auditable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "document_id")
  private long documentId;

  private int revision;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "content_type")
  private String contentType;

  @Column(name = "size_bytes")
  private long sizeBytes;

  @Lob private byte[] data;

  @Column(name = "uploaded_by")
  private long uploadedBy;

  @Column(name = "uploaded_at")
  private Instant uploadedAt;

  protected TrainingFile() {}

  TrainingFile(
      long documentId, int revision, InspectedFile file, byte[] data, long by, Instant at) {
    this.documentId = documentId;
    this.revision = revision;
    this.fileName = file.fileName();
    this.contentType = file.contentType();
    this.sizeBytes = file.size();
    this.data = data;
    this.uploadedBy = by;
    this.uploadedAt = at;
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getDocumentId() {
    return documentId;
  }

  public int getRevision() {
    return revision;
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

  public byte[] getData() {
    return data;
  }

  public long getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  @Override
  public String auditSummary() {
    return "Training file "
        + fileName
        + " ("
        + contentType
        + ", "
        + sizeBytes
        + " bytes), revision "
        + revision
        + " of document "
        + documentId;
  }
}
