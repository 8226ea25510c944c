package io.shoreline.portal.roster;

import io.shoreline.portal.audit.Auditable;
import io.shoreline.portal.sites.Site;
import io.shoreline.portal.tenancy.isolation.TenantProperties;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A person on an organization's roster, at one of its sites. Tenant: the organization. */
@Entity
@Table(name = "agent")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "organization_id",
    contextProperty = TenantProperties.ORGANIZATION,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id then bind the tenant too
    // (eclipselink#1333)
    primaryKey = true)
@NamedQuery(
    name = Agent.PAGE,
    query = "SELECT a FROM Agent a JOIN FETCH a.site ORDER BY a.name, a.id")
@NamedQuery(name = Agent.COUNT, query = "SELECT COUNT(a) FROM Agent a")
@NamedQuery(
    name = Agent.ACTIVE_NAMED,
    query =
        "SELECT a FROM Agent a JOIN FETCH a.site WHERE a.active = TRUE AND LOWER(a.name) LIKE :name"
            + " ORDER BY a.name, a.id")
public class Agent implements Auditable {

  static final String PAGE = "Agent.page";
  static final String COUNT = "Agent.count";
  static final String ACTIVE_NAMED = "Agent.activeNamed";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  // the site's key is (id, organization_id): the same organization as the agent's, read-only here
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumns({
    @JoinColumn(name = "site_id", referencedColumnName = "id"),
    @JoinColumn(
        name = "organization_id",
        referencedColumnName = "organization_id",
        insertable = false,
        updatable = false)
  })
  private Site site;

  private String name;

  /** Comma-separated language tags, e.g. "fr, ar, en". */
  private String languages;

  /** Comma-separated, e.g. "billing, retention". */
  private String skills;

  private boolean active;

  @Version private long version;

  protected Agent() {}

  Agent(Site site, AgentDetails details) {
    this.site = site;
    change(site, details);
  }

  void change(Site site, AgentDetails details) {
    this.site = site;
    this.name = details.name();
    this.languages = details.languages();
    this.skills = details.skills();
    this.active = details.active();
  }

  @Override
  public Long getId() {
    return id;
  }

  public Site getSite() {
    return site;
  }

  public String getName() {
    return name;
  }

  public String getLanguages() {
    return languages;
  }

  public String getSkills() {
    return skills;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditSummary() {
    return "Agent "
        + name
        + " at "
        + site.getName()
        + ", languages "
        + languages
        + ", skills "
        + skills
        + (active ? "" : ", inactive");
  }
}
