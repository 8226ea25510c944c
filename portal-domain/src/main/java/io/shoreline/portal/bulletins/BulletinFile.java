package io.shoreline.portal.bulletins;

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
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A bulletin's attachment, apart from the bulletin so that lists never read its bytes. */
@Entity
@Table(name = "bulletin_file")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER)
public class BulletinFile implements Auditable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "bulletin_id")
  private long bulletinId;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "content_type")
  private String contentType;

  @Column(name = "size_bytes")
  private long sizeBytes;

  @Lob private byte[] data;

  protected BulletinFile() {}

  BulletinFile(long bulletinId, InspectedFile file, byte[] data) {
    this.bulletinId = bulletinId;
    this.fileName = file.fileName();
    this.contentType = file.contentType();
    this.sizeBytes = file.size();
    this.data = data;
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getBulletinId() {
    return bulletinId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public byte[] getData() {
    return data;
  }

  @Override
  public String auditSummary() {
    return "Bulletin file " + fileName + " (" + contentType + ", " + sizeBytes + " bytes)";
  }
}
