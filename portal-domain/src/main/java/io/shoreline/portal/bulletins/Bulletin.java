package io.shoreline.portal.bulletins;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * News one side of the workspace wrote for the other side's people. Its content changes only by a
 * new revision, which everyone is asked to acknowledge again.
 */
@Entity
@Table(name = "bulletin")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE by id then binds the tenant too (eclipselink#1333)
    primaryKey = true)
public class Bulletin implements Auditable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "author_org_id")
  private long authorOrgId;

  @Column(name = "audience_org_id")
  private long audienceOrgId;

  private String title;

  @Column(name = "body_markdown")
  private String bodyMarkdown;

  @Column(name = "body_html")
  private String bodyHtml;

  @Enumerated(EnumType.STRING)
  private Urgency urgency;

  @Column(name = "valid_from")
  private Instant validFrom;

  @Column(name = "valid_until")
  private Instant validUntil;

  @Column(name = "audience_sites")
  private String audienceSites;

  @Column(name = "audience_teams")
  private String audienceTeams;

  private int revision;

  @Column(name = "attachment_id")
  private Long attachmentId;

  @Column(name = "attachment_name")
  private String attachmentName;

  @Column(name = "attachment_type")
  private String attachmentType;

  @Column(name = "published_by")
  private long publishedBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Version private long version;

  protected Bulletin() {}

  Bulletin(
      long authorOrgId, long audienceOrgId, BulletinDraft draft, String html, long by, Instant at) {
    this.authorOrgId = authorOrgId;
    this.audienceOrgId = audienceOrgId;
    this.audienceSites = draft.audience().sitesColumn();
    this.audienceTeams = draft.audience().teamsColumn();
    this.revision = 0;
    revise(draft, html, by, at);
  }

  /** A new version: new content, asked again; the audience stays as first chosen. */
  void revise(BulletinDraft draft, String html, long by, Instant at) {
    this.title = draft.title();
    this.bodyMarkdown = draft.markdown();
    this.bodyHtml = html;
    this.urgency = draft.urgency();
    this.validFrom = draft.validFrom();
    this.validUntil = draft.validUntil();
    this.publishedBy = by;
    this.publishedAt = at;
    this.revision++;
  }

  void attach(BulletinFile file) {
    this.attachmentId = file.getId();
    this.attachmentName = file.getFileName();
    this.attachmentType = file.getContentType();
  }

  void withdraw(Instant at) {
    this.withdrawnAt = at;
  }

  /** Published, not withdrawn, and inside its validity window now. */
  public boolean isLiveAt(Instant now) {
    return withdrawnAt == null && !now.isBefore(validFrom) && now.isBefore(validUntil);
  }

  public Audience audience() {
    return Audience.fromColumns(audienceSites, audienceTeams);
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getAuthorOrgId() {
    return authorOrgId;
  }

  public long getAudienceOrgId() {
    return audienceOrgId;
  }

  public String getTitle() {
    return title;
  }

  public String getBodyMarkdown() {
    return bodyMarkdown;
  }

  public String getBodyHtml() {
    return bodyHtml;
  }

  public Urgency getUrgency() {
    return urgency;
  }

  public Instant getValidFrom() {
    return validFrom;
  }

  public Instant getValidUntil() {
    return validUntil;
  }

  public int getRevision() {
    return revision;
  }

  public String getAttachmentName() {
    return attachmentName;
  }

  public String getAttachmentType() {
    return attachmentType;
  }

  public boolean isHasAttachment() {
    return attachmentName != null;
  }

  public Long getAttachmentId() {
    return attachmentId;
  }

  public long getPublishedBy() {
    return publishedBy;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }

  public boolean isWithdrawn() {
    return withdrawnAt != null;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditSummary() {
    return "Bulletin \""
        + title
        + "\" v"
        + revision
        + ", "
        + urgency
        + ", "
        + validFrom
        + " – "
        + validUntil
        + (withdrawnAt == null ? "" : ", withdrawn");
  }
}
