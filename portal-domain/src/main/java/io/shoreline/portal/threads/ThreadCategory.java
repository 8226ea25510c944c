package io.shoreline.portal.threads;

import io.shoreline.portal.audit.Auditable;
import io.shoreline.portal.tenancy.isolation.TenantProperties;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A category of threads (General, Escalation, …): each workspace edits its own list. */
@Entity
@Table(name = "thread_category")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id then bind the tenant too
    // (eclipselink#1333)
    primaryKey = true)
@NamedQuery(
    name = ThreadCategory.ALL,
    query = "SELECT c FROM ThreadCategory c ORDER BY c.position, c.id")
@NamedQuery(
    name = ThreadCategory.NAMED,
    query = "SELECT c FROM ThreadCategory c WHERE LOWER(c.name) = LOWER(:name)")
public class ThreadCategory implements Auditable {

  static final String ALL = "ThreadCategory.all";
  static final String NAMED = "ThreadCategory.named";
  static final int NAME_LENGTH = 60;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;
  private int position;

  @Version private long version;

  protected ThreadCategory() {}

  ThreadCategory(String name, int position) {
    this.name = name;
    this.position = position;
  }

  @Override
  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public int getPosition() {
    return position;
  }

  public long getVersion() {
    return version;
  }

  void rename(String name) {
    this.name = name;
  }

  @Override
  public String auditSummary() {
    return "Thread category " + name;
  }
}
