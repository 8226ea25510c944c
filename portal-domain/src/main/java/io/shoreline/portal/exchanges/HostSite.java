package io.shoreline.portal.exchanges;

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
import java.time.ZoneId;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A site of either side that hosts the other side's agents in a programme, with its seats per day.
 * Name and time zone are copied from the organization's private site record.
 */
@Entity
@Table(name = "exchange_host_site")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id then bind the tenant too
    // (eclipselink#1333)
    primaryKey = true)
@NamedQuery(
    name = HostSite.OF_PROGRAMME,
    query = "SELECT h FROM HostSite h WHERE h.programmeId = :programme ORDER BY h.siteName, h.id")
public class HostSite implements Auditable {

  static final String OF_PROGRAMME = "HostSite.ofProgramme";
  static final int MOST_SEATS = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "programme_id")
  private long programmeId;

  @Column(name = "organization_id")
  private long organizationId;

  @Column(name = "site_id")
  private long siteId;

  @Column(name = "site_name")
  private String siteName;

  @Column(name = "site_time_zone")
  private String siteTimeZone;

  @Column(name = "seats_per_day")
  private int seatsPerDay;

  @Version private long version;

  protected HostSite() {}

  HostSite(long programmeId, long organizationId, PartnerSite site, int seatsPerDay) {
    this.programmeId = programmeId;
    this.organizationId = organizationId;
    this.siteId = site.id();
    this.siteName = site.name();
    this.siteTimeZone = site.timeZone();
    this.seatsPerDay = seatsPerDay;
  }

  void changeSeats(int seatsPerDay) {
    this.seatsPerDay = seatsPerDay;
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getProgrammeId() {
    return programmeId;
  }

  public long getOrganizationId() {
    return organizationId;
  }

  public long getSiteId() {
    return siteId;
  }

  public String getSiteName() {
    return siteName;
  }

  public String getSiteTimeZone() {
    return siteTimeZone;
  }

  public ZoneId zone() {
    return ZoneId.of(siteTimeZone);
  }

  public int getSeatsPerDay() {
    return seatsPerDay;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditSummary() {
    return "Host site " + siteName + " with " + seatsPerDay + " seats per day";
  }
}
