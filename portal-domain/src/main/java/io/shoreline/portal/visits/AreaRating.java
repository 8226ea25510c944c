package io.shoreline.portal.visits;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** The visit's rating of one area, 1 (poor) to 5 (excellent). */
@Entity
@Table(name = "visit_rating")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "workspace_id",
    contextProperty = TenantProperties.WORKSPACE,
    discriminatorType = DiscriminatorType.INTEGER,
    // part of EclipseLink's key: UPDATE and DELETE by id then bind the tenant too
    // (eclipselink#1333)
    primaryKey = true)
@NamedQuery(
    name = AreaRating.OF_VISIT,
    query = "SELECT r FROM AreaRating r WHERE r.visitId = :visit ORDER BY r.area")
@NamedQuery(
    name = AreaRating.AT_SITE,
    query =
        "SELECT r FROM AreaRating r, SiteVisit v WHERE r.visitId = v.id AND v.siteId = :site"
            + " ORDER BY v.startsAt, r.area")
public class AreaRating implements Auditable {

  static final String OF_VISIT = "AreaRating.ofVisit";
  static final String AT_SITE = "AreaRating.atSite";
  public static final int LOWEST = 1;
  public static final int HIGHEST = 5;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "visit_id")
  private long visitId;

  @Enumerated(EnumType.STRING)
  private VisitArea area;

  private int score;

  @Version private long version;

  protected AreaRating() {}

  AreaRating(long visitId, VisitArea area, int score) {
    this.visitId = visitId;
    this.area = area;
    this.score = score;
  }

  void rescore(int score) {
    this.score = score;
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getVisitId() {
    return visitId;
  }

  public VisitArea getArea() {
    return area;
  }

  public int getScore() {
    return score;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditSummary() {
    return "Rating of " + area + ": " + score + "/5";
  }
}
