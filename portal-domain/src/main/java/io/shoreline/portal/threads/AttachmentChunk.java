package io.shoreline.portal.threads;

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
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** Up to {@link #SIZE} bytes of an attachment: small enough for any max_allowed_packet. */
@Entity
@Table(name = "attachment_chunk")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id then bind the tenant too
    // (eclipselink#1333)
    primaryKey = true)
@NamedQuery(
    name = AttachmentChunk.DATA,
    query =
        "SELECT c.data FROM AttachmentChunk c WHERE c.attachmentId = :attachment AND c.seq = :seq")
@NamedQuery(
    name = AttachmentChunk.OF_ATTACHMENT,
    query = "SELECT c FROM AttachmentChunk c WHERE c.attachmentId = :attachment")
public class AttachmentChunk {

  static final String DATA = "AttachmentChunk.data";
  static final String OF_ATTACHMENT = "AttachmentChunk.ofAttachment";
  static final int SIZE = 1024 * 1024;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "attachment_id")
  private long attachmentId;

  private int seq;

  // eager: a lazy basic builds a fetch group that EclipseLink cannot map with a tenant context
  // property such as "portal.tenant.workspace"; chunks are read by their data column anyway
  @Lob private byte[] data;

  protected AttachmentChunk() {}

  AttachmentChunk(long attachmentId, int seq, byte[] data) {
    this.attachmentId = attachmentId;
    this.seq = seq;
    this.data = data;
  }
}
