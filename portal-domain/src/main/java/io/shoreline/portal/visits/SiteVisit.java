package io.shoreline.portal.visits;

import io.shoreline.portal.audit.Auditable;
import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.tenancy.isolation.TenantProperties;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A visit of the client to one of the vendor's sites, and its report. The site's name and time zone
 * are copied from the vendor's private site record when the visit is planned.
 */
@Entity
@Table(name = "site_visit")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id then bind the tenant too
    // (eclipselink#1333)
    primaryKey = true)
@NamedQuery(
    name = SiteVisit.PAGE,
    query = "SELECT v FROM SiteVisit v ORDER BY v.startsAt DESC, v.id DESC")
@NamedQuery(name = SiteVisit.COUNT, query = "SELECT COUNT(v) FROM SiteVisit v")
@NamedQuery(
    name = SiteVisit.BETWEEN,
    query =
        "SELECT v FROM SiteVisit v WHERE v.startsAt < :to AND v.endsAt > :from"
            + " ORDER BY v.startsAt, v.id")
@NamedQuery(
    name = SiteVisit.AT_SITE,
    query = "SELECT v FROM SiteVisit v WHERE v.siteId = :site ORDER BY v.startsAt, v.id")
public class SiteVisit implements Auditable {

  static final String PAGE = "SiteVisit.page";
  static final String COUNT = "SiteVisit.count";
  static final String BETWEEN = "SiteVisit.between";
  static final String AT_SITE = "SiteVisit.atSite";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "site_id")
  private long siteId;

  @Column(name = "site_name")
  private String siteName;

  @Column(name = "site_city")
  private String siteCity;

  @Column(name = "site_time_zone")
  private String siteTimeZone;

  @Column(name = "starts_at")
  private Instant startsAt;

  @Column(name = "ends_at")
  private Instant endsAt;

  private String purpose;
  private String notes;

  @Enumerated(EnumType.STRING)
  private VisitStatus status;

  @Column(name = "planned_by")
  private long plannedBy;

  @Column(name = "planned_at")
  private Instant plannedAt;

  @Column(name = "signed_off_at")
  private Instant signedOffAt;

  @Version private long version;

  protected SiteVisit() {}

  SiteVisit(VisitPlan plan, PartnerSite site, long plannedBy, Instant at) {
    this.status = VisitStatus.PLANNED;
    this.notes = "";
    this.plannedBy = plannedBy;
    this.plannedAt = at;
    replan(plan, site);
  }

  void replan(VisitPlan plan, PartnerSite site) {
    requireOpen();
    this.siteId = site.id();
    this.siteName = site.name();
    this.siteCity = site.city();
    this.siteTimeZone = site.timeZone();
    this.startsAt = plan.startsAt(site.zone());
    this.endsAt = plan.endsAt(site.zone());
    this.purpose = plan.purpose();
  }

  void writeNotes(String notes) {
    requireOpen();
    this.notes = notes;
  }

  void sendToReview() {
    requireOpen();
    status = VisitStatus.IN_REVIEW;
  }

  void reopen() {
    if (status != VisitStatus.IN_REVIEW) {
      throw new RuleViolation("visits.notInReview");
    }
    status = VisitStatus.PLANNED;
  }

  void signedOff(Instant at) {
    status = VisitStatus.SIGNED_OFF;
    signedOffAt = at;
  }

  /** The report may change only before it goes to review; a signed one never again. */
  void requireOpen() {
    if (status == VisitStatus.SIGNED_OFF) {
      throw new RuleViolation("visits.signedOff");
    }
    if (status == VisitStatus.IN_REVIEW) {
      throw new RuleViolation("visits.inReview");
    }
  }

  public boolean isOpen() {
    return status == VisitStatus.PLANNED;
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getSiteId() {
    return siteId;
  }

  public String getSiteName() {
    return siteName;
  }

  public String getSiteCity() {
    return siteCity;
  }

  public String getSiteTimeZone() {
    return siteTimeZone;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public String getPurpose() {
    return purpose;
  }

  public String getNotes() {
    return notes;
  }

  public VisitStatus getStatus() {
    return status;
  }

  public long getPlannedBy() {
    return plannedBy;
  }

  public Instant getPlannedAt() {
    return plannedAt;
  }

  public Instant getSignedOffAt() {
    return signedOffAt;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditSummary() {
    return "Visit to "
        + siteName
        + " from "
        + startsAt
        + " to "
        + endsAt
        + " ("
        + status
        + "): "
        + purpose;
  }
}
