package io.shoreline.portal.visits;

import io.shoreline.portal.audit.Auditable;
import io.shoreline.portal.tenancy.isolation.TenantProperties;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A photo of a finding, checked by its content to be an image. Its bytes are in the database, so
 * every cluster node serves it; lists read {@link PhotoInfo} and never load them.
 */
@Entity
@Table(name = "finding_photo")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id then bind the tenant too
    // (eclipselink#1333)
    primaryKey = true)
@NamedQuery(
    name = FindingPhoto.OF_VISIT,
    query =
        "SELECT NEW io.shoreline.portal.visits.PhotoInfo(p.id, p.findingId, p.fileName,"
            + " p.contentType, p.sizeBytes) FROM FindingPhoto p, Finding f"
            + " WHERE p.findingId = f.id AND f.visitId = :visit ORDER BY p.id")
public class FindingPhoto implements Auditable {

  static final String OF_VISIT = "FindingPhoto.ofVisit";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "finding_id")
  private long findingId;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "content_type")
  private String contentType;

  @Column(name = "size_bytes")
  private long sizeBytes;

  private String sha256;

  // eager: a lazy basic attribute loses the tenant property the entity was read with
  @Lob private byte[] data;

  @Column(name = "added_by")
  private long addedBy;

  @Column(name = "added_at")
  private Instant addedAt;

  protected FindingPhoto() {}

  FindingPhoto(long findingId, InspectedPhoto photo, long addedBy, Instant at) {
    this.findingId = findingId;
    this.fileName = photo.file().fileName();
    this.contentType = photo.file().contentType();
    this.sizeBytes = photo.file().size();
    this.sha256 = photo.file().sha256Hex();
    this.data = photo.content();
    this.addedBy = addedBy;
    this.addedAt = at;
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getFindingId() {
    return findingId;
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
    return data.clone();
  }

  public Instant getAddedAt() {
    return addedAt;
  }

  @Override
  public String auditSummary() {
    return "Photo "
        + fileName
        + " ("
        + contentType
        + ", "
        + sizeBytes
        + " bytes) of finding "
        + findingId;
  }
}
