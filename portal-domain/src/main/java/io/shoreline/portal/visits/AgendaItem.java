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
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One point of a visit's agenda, in the order added. */
@Entity
@Table(name = "visit_agenda_item")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id then bind the tenant too
    // (eclipselink#1333)
    primaryKey = true)
@NamedQuery(
    name = AgendaItem.OF_VISIT,
    query = "SELECT a FROM AgendaItem a WHERE a.visitId = :visit ORDER BY a.position, a.id")
@NamedQuery(
    name = AgendaItem.LAST_POSITION,
    query = "SELECT MAX(a.position) FROM AgendaItem a WHERE a.visitId = :visit")
public class AgendaItem implements Auditable {

  static final String OF_VISIT = "AgendaItem.ofVisit";
  static final String LAST_POSITION = "AgendaItem.lastPosition";
  static final int TEXT_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "visit_id")
  private long visitId;

  private int position;
  private String text;

  @Column(name = "added_by")
  private long addedBy;

  protected AgendaItem() {}

  AgendaItem(long visitId, int position, String text, long addedBy) {
    this.visitId = visitId;
    this.position = position;
    this.text = text;
    this.addedBy = addedBy;
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getVisitId() {
    return visitId;
  }

  public int getPosition() {
    return position;
  }

  public String getText() {
    return text;
  }

  public long getAddedBy() {
    return addedBy;
  }

  @Override
  public String auditSummary() {
    return "Agenda item " + position + ": " + text;
  }
}
