package io.shoreline.portal.web.visits;

import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.OrganizationKind;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.visits.ActionRow;
import io.shoreline.portal.visits.Finding;
import io.shoreline.portal.visits.PhotoInfo;
import io.shoreline.portal.visits.SignOff;
import io.shoreline.portal.visits.SiteVisit;
import io.shoreline.portal.visits.VisitReport;
import io.shoreline.portal.visits.VisitReports;
import io.shoreline.portal.visits.VisitStatus;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import io.shoreline.portal.web.platform.UserSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * Backing bean of app/visit.xhtml?w=ID&v=VISIT: the visit's whole report, read in a fixed number of
 * queries, and what the caller may do with it now. The forms' beans change it.
 */
@Named
@RequestScoped
public class VisitView {

  @Inject Tenants tenants;
  @Inject VisitReports reports;
  @Inject CallerMembership member;
  @Inject WorkspaceMembers members;
  @Inject UserSettings settings;
  @Inject Outcomes outcomes;

  private String v;
  private VisitReport report;
  private Boolean canWrite;

  /** The view action: membership, then the visit, before anything is shown. */
  public void open() {
    getReport();
  }

  public VisitReport getReport() {
    if (report == null) {
      report =
          outcomes
              .attempt(
                  () -> {
                    tenants.workspace();
                    return reports.of(getVisitId());
                  })
              .orElse(null);
    }
    return report;
  }

  public SiteVisit getVisit() {
    return getReport() == null ? null : report.visit();
  }

  public Partnership getWorkspace() {
    return outcomes.attempt(() -> tenants.workspace().getPartnership()).orElse(null);
  }

  /** Contributors and coordinators of an active workspace. */
  public boolean isCanWrite() {
    if (canWrite == null) {
      canWrite = getReport() != null && outcomes.attempt(member::canWrite).orElse(false);
    }
    return canWrite;
  }

  /** The report's content may change: open, and the caller writes. */
  public boolean isEditable() {
    return isCanWrite() && hasStatus(VisitStatus.PLANNED);
  }

  public boolean isCoordinator() {
    return isCanWrite() && outcomes.attempt(member::isCoordinator).orElse(false);
  }

  public boolean isInReview() {
    return hasStatus(VisitStatus.IN_REVIEW);
  }

  public boolean isSignedOff() {
    return hasStatus(VisitStatus.SIGNED_OFF);
  }

  /** False for a visit refused (the response is then an error, but the form is still decoded). */
  private boolean hasStatus(VisitStatus status) {
    return getVisit() != null && getVisit().getStatus() == status;
  }

  /** A coordinator whose side has not signed the report (or amendment {@code number}) yet. */
  public boolean canSign(int number) {
    if (!isCoordinator()) {
      return false;
    }
    OrganizationKind side = tenants.caller().getOrganization().getKind();
    return report.signOffsOf(number).stream().noneMatch(s -> s.getSide() == side);
  }

  public List<SignOff> signOffsOf(int number) {
    return getReport() == null ? List.of() : report.signOffsOf(number);
  }

  public List<PhotoInfo> photosOf(Finding finding) {
    return getReport() == null ? List.of() : report.photosOf(finding);
  }

  public String nameOf(long accountId) {
    return getReport() == null ? "" : report.nameOf(accountId);
  }

  /** The visit's action items, by due date. */
  public List<ActionRow> getActions() {
    return getReport() == null ? List.of() : report.actions();
  }

  public boolean overdue(ActionRow row) {
    return row.item().isOverdueOn(LocalDate.now(settings.getZone()));
  }

  /** An instant as the site's clock shows it, e.g. "23 Nov 2026, 09:00:00 (Africa/Casablanca)". */
  public String atSite(Instant instant) {
    ZoneId zone = ZoneId.of(getVisit().getSiteTimeZone());
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(settings.getLocale())
            .format(instant.atZone(zone))
        + " ("
        + zone.getId()
        + ")";
  }

  public String formatDate(LocalDate date) {
    return date == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(settings.getLocale())
            .format(date);
  }

  /** Whom an action item may go to: members of either side who can write. */
  public List<Membership> getMembers() {
    return members.owners();
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
}
