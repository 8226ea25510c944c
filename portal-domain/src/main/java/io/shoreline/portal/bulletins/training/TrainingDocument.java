package io.shoreline.portal.bulletins.training;

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
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A document of the training library; its file has revisions, the current one to acknowledge. */
@Entity
@Table(name = "training_document")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    primaryKey = true)
public class TrainingDocument implements Auditable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String title;

  private String description;

  @Enumerated(EnumType.STRING)
  private TrainingCategory category;

  @Column(name = "current_revision")
  private int currentRevision;

  @Column(name = "created_by")
  private long createdBy;

  @Version private long version;

  protected TrainingDocument() {}

  TrainingDocument(String title, String description, TrainingCategory category, long createdBy) {
    this.title = title;
    this.description = description;
    this.category = category;
    this.createdBy = createdBy;
  }

  int nextRevision() {
    return ++currentRevision;
  }

  @Override
  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public TrainingCategory getCategory() {
    return category;
  }

  public int getCurrentRevision() {
    return currentRevision;
  }

  public long getCreatedBy() {
    return createdBy;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditSummary() {
    return "Training document \"" + title + "\" (" + category + ") v" + currentRevision;
  }
}
