package io.shoreline.portal.exchanges;

import io.shoreline.portal.platform.RuleViolation;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.tenancy.isolation.TenantSql;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sites of both sides of the request's workspace, which may host exchanges: each side's are its
 * private records, read for members of the workspace after the membership check.
 */
@Dependent
public class ExchangeSites {

  @Inject CallerMembership member;
  @Inject TenantSql sql;

  public List<PartnerSite> all() {
    Partnership workspace = member.get().getPartnership();
    return Stream.of(workspace.getClient().getId(), workspace.getVendor().getId())
        .flatMap(
            organization ->
                sql.sitesOf(organization).stream()
                    .map(
                        row -> new PartnerSite(row.id(), organization, row.name(), row.timeZone())))
        .toList();
  }

  /** A site of either side; any other id (another organization's site) is refused. */
  public PartnerSite find(long siteId) {
    return all().stream()
        .filter(site -> site.id() == siteId)
        .findFirst()
        .orElseThrow(() -> new RuleViolation("exchanges.unknownSite"));
  }
}
