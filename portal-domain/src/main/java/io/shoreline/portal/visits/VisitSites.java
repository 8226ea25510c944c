package io.shoreline.portal.visits;

import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantSql;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The sites a visit of the request's workspace may go to: the workspace vendor's, which are the
 * vendor's private records, read for members of either side after the membership check.
 */
@Stateless
public class VisitSites {

  @Inject CallerMembership member;
  @Inject TenantSql sql;

  public List<PartnerSite> all() {
    long vendor = member.get().getPartnership().getVendor().getId();
    return sql.sitesOf(vendor).stream()
        .map(
            row -> new PartnerSite(row.id(), row.name(), row.city(), row.country(), row.timeZone()))
        .toList();
  }

  /** A site of this workspace's vendor; any other id (another vendor's site) is refused. */
  public PartnerSite find(long siteId) {
    return all().stream()
        .filter(site -> site.id() == siteId)
        .findFirst()
        .orElseThrow(() -> new RuleViolation("visits.unknownSite"));
  }
}
