package io.shoreline.portal.visits;

import io.shoreline.portal.audit.Auditable;
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

/** A remark on an action item's progress; comments are never changed. */
@Entity
@Table(name = "action_comment")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id then bind the tenant too
    // (eclipselink#1333)
    primaryKey = true)
@NamedQuery(
    name = ActionComment.OF_ITEM,
    query = "SELECT c FROM ActionComment c WHERE c.actionItemId = :item ORDER BY c.writtenAt, c.id")
public class ActionComment implements Auditable {

  static final String OF_ITEM = "ActionComment.ofItem";
  static final int TEXT_LENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "action_item_id")
  private long actionItemId;

  @Column(name = "author_id")
  private long authorId;

  private String text;

  @Column(name = "written_at")
  private Instant writtenAt;

  protected ActionComment() {}

  ActionComment(long actionItemId, long authorId, String text, Instant at) {
    this.actionItemId = actionItemId;
    this.authorId = authorId;
    this.text = text;
    this.writtenAt = at;
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getActionItemId() {
    return actionItemId;
  }

  public long getAuthorId() {
    return authorId;
  }

  public String getText() {
    return text;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }

  @Override
  public String auditSummary() {
    return "Comment on action " + actionItemId + ": " + text;
  }
}
