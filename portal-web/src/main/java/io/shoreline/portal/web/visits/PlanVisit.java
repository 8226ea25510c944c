package io.shoreline.portal.web.visits;

import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.OrganizationKind;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.visits.Participant;
import io.shoreline.portal.visits.ParticipantRole;
import io.shoreline.portal.visits.PartnerSite;
import io.shoreline.portal.visits.SiteVisit;
import io.shoreline.portal.visits.SiteVisits;
import io.shoreline.portal.visits.VisitParticipants;
import io.shoreline.portal.visits.VisitPlan;
import io.shoreline.portal.visits.VisitSites;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Backing bean of app/visit-plan.xhtml?w=ID[&v=VISIT]: plans a visit at one of the vendor's sites,
 * or changes the plan of an open one (as the person saw it: its version travels with the form).
 * Times are entered on the site's clock.
 */
@Named
@RequestScoped
public class PlanVisit {

  @Inject Tenants tenants;
  @Inject SiteVisits visits;
  @Inject VisitSites sites;
  @Inject VisitParticipants participants;
  @Inject WorkspaceMembers members;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private String v;
  private Long siteId;
  private LocalDateTime start;
  private LocalDateTime end;
  private String purpose;
  private List<Long> visitors = new ArrayList<>();
  private List<Long> hosts = new ArrayList<>();
  private long version = -1;
  private List<PartnerSite> siteList;

  /** The view action: membership, then the visit to replan (its plan fills the form). */
  public void open() {
    outcomes.attempt(
        () -> {
          tenants.workspace();
          if (isReplanning()) {
            SiteVisit visit = visits.find(getVisitId());
            ZoneId zone = ZoneId.of(visit.getSiteTimeZone());
            siteId = visit.getSiteId();
            start = LocalDateTime.ofInstant(visit.getStartsAt(), zone);
            end = LocalDateTime.ofInstant(visit.getEndsAt(), zone);
            purpose = visit.getPurpose();
            version = visit.getVersion();
            for (Participant p : participants.ofVisit(visit.getId())) {
              (p.role() == ParticipantRole.VISITOR ? visitors : hosts).add(p.accountId());
            }
          }
        });
  }

  public String save() {
    return outcomes
        .attempt(
            () -> {
              tenants.workspace();
              VisitPlan plan =
                  new VisitPlan(siteId == null ? 0 : siteId, start, end, purpose, visitors, hosts);
              SiteVisit visit =
                  isReplanning()
                      ? visits.replan(getVisitId(), RowParameters.version(), plan)
                      : visits.plan(plan);
              messages.info(isReplanning() ? "visits.replanned" : "visits.planned");
              return "/app/visit?faces-redirect=true&w="
                  + tenants.getWorkspaceId()
                  + "&v="
                  + visit.getId();
            })
        .orElse(null);
  }

  public Partnership getWorkspace() {
    return outcomes.attempt(() -> tenants.workspace().getPartnership()).orElse(null);
  }

  public List<PartnerSite> getSites() {
    if (siteList == null) {
      siteList =
          outcomes
              .attempt(
                  () -> {
                    tenants.workspace();
                    return sites.all();
                  })
              .orElse(List.of());
    }
    return siteList;
  }

  /** The chosen site's zone (else the first site's): the clock the times are entered on. */
  public String getSiteZone() {
    return getSites().stream()
        .filter(site -> siteId == null || site.id() == siteId)
        .findFirst()
        .map(PartnerSite::timeZone)
        .orElse("");
  }

  public List<Membership> getClientMembers() {
    return members.of(OrganizationKind.CLIENT);
  }

  public List<Membership> getVendorMembers() {
    return members.of(OrganizationKind.VENDOR);
  }

  public boolean isReplanning() {
    String visit = getV();
    return visit != null && !visit.isBlank();
  }

  public long getVisitId() {
    return Ids.parse(getV(), "visit");
  }

  public String getV() {
    return v != null ? v : RowParameters.parameter("v");
  }

  public void setV(String v) {
    this.v = v;
  }

  public long getVersion() {
    return version;
  }

  public Long getSiteId() {
    return siteId;
  }

  public void setSiteId(Long siteId) {
    this.siteId = siteId;
  }

  public LocalDateTime getStart() {
    return start;
  }

  public void setStart(LocalDateTime start) {
    this.start = start;
  }

  public LocalDateTime getEnd() {
    return end;
  }

  public void setEnd(LocalDateTime end) {
    this.end = end;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public List<Long> getVisitors() {
    return visitors;
  }

  public void setVisitors(List<Long> visitors) {
    this.visitors = visitors;
  }

  public List<Long> getHosts() {
    return hosts;
  }

  public void setHosts(List<Long> hosts) {
    this.hosts = hosts;
  }
}
