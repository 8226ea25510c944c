package io.shoreline.portal.sites;

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
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A site of one organization. Tenant: the organization. */
@Entity
@Table(name = "site")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "organization_id",
    contextProperty = TenantProperties.ORGANIZATION,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id then bind the tenant too
    // (eclipselink#1333)
    primaryKey = true)
@NamedQuery(name = Site.ALL, query = "SELECT s FROM Site s ORDER BY s.name")
@NamedQuery(name = Site.NAMED, query = "SELECT s FROM Site s WHERE s.name = :name")
public class Site implements Auditable {

  static final String ALL = "Site.all";
  static final String NAMED = "Site.named";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;
  private String city;

  /** ISO 3166-1 alpha-2. */
  private String country;

  @Column(name = "time_zone")
  private String timeZone;

  @Column(name = "seat_capacity")
  private int seatCapacity;

  @Version private long version;

  protected Site() {}

  Site(SiteDetails details) {
    change(details);
  }

  void change(SiteDetails details) {
    this.name = details.name();
    this.city = details.city();
    this.country = details.country();
    this.timeZone = details.timeZone();
    this.seatCapacity = details.seatCapacity();
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getCity() {
    return city;
  }

  public String getCountry() {
    return country;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public int getSeatCapacity() {
    return seatCapacity;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditSummary() {
    return "Site "
        + name
        + ", "
        + city
        + " "
        + country
        + ", "
        + timeZone
        + ", "
        + seatCapacity
        + " seats";
  }
}
