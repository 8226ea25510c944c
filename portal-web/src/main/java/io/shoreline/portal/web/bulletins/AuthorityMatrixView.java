package io.shoreline.portal.web.bulletins;

import io.shoreline.portal.bulletins.AckProgress;
import io.shoreline.portal.bulletins.AckSubject;
import io.shoreline.portal.bulletins.authority.AuthorityMatrix;
import io.shoreline.portal.bulletins.authority.AuthorityRule;
import io.shoreline.portal.bulletins.authority.AuthorityVersion;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.PartnershipStatus;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.web.platform.Dates;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;

/**
 * Backing bean of app/authority-matrix.xhtml?w=ID (the version that applies today in the viewer's
 * zone, else the latest) and ?w=ID&v=ID (any version): its rows and date range, every version, and
 * for the vendor's people the button to acknowledge the latest one.
 */
@Named
@RequestScoped
public class AuthorityMatrixView {

  @Inject Tenants tenants;
  @Inject AuthorityMatrix matrix;
  @Inject Dates dates;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;
  @Inject AckProgress progress;
  @Inject CallerMembership member;

  private String v;
  private String notYet;
  private boolean loaded;
  private Membership mine;
  private List<AuthorityVersion> versions = List.of();
  private AuthorityVersion shown;
  private List<AuthorityRule> rules = List.of();
  private Instant acknowledgedAt;
  private AckFollowUp followUp;
  private boolean canEdit;

  /** The view action: the workspace (and the version asked for), or 404. */
  public void open() {
    load();
  }

  private void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    outcomes.attempt(
        () -> {
          mine = tenants.workspace();
          versions = matrix.versions();
          canEdit = matrix.canEdit();
          String requested = v != null ? v : RowParameters.parameter("v");
          shown =
              requested != null
                  ? matrix.find(Ids.parse(requested, "authority version"))
                  : defaultVersion();
          if (shown != null) {
            rules = matrix.rules(shown.getId());
            acknowledgedAt = matrix.acknowledgedByCaller(shown.getId()).orElse(null);
            if (member.canWrite()) {
              followUp =
                  new AckFollowUp(
                      tenants,
                      outcomes,
                      progress,
                      new AckFollowUp.Subject(
                          AckSubject.AUTHORITY,
                          shown.getId(),
                          shown.getNumber(),
                          "true"
                              .equals(
                                  notYet != null ? notYet : RowParameters.parameter("notYet"))));
            }
          }
        });
  }

  /**
   * The latest version for a vendor member who has not acknowledged it yet (it asks them, even
   * before it applies); otherwise the one that applies today in the viewer's zone.
   */
  private AuthorityVersion defaultVersion() {
    if (versions.isEmpty()) {
      return null;
    }
    AuthorityVersion latest = versions.get(0);
    if (isVendor() && matrix.acknowledgedByCaller(latest.getId()).isEmpty()) {
      return latest;
    }
    return matrix.on(dates.today()).orElse(latest);
  }

  public String acknowledge() {
    boolean done =
        outcomes.attempt(
            () -> {
              tenants.workspace();
              matrix.acknowledge(Ids.parse(RowParameters.parameter("v"), "authority version"));
              messages.info("authority.acknowledgedThis");
            });
    return done ? "/app/authority-matrix?faces-redirect=true&w=" + tenants.getWorkspaceId() : null;
  }

  /** A vendor member, the latest version, not acknowledged yet, the workspace active. */
  public boolean isCanAcknowledge() {
    load();
    return shown != null
        && mine != null
        && isVendor()
        && shown.getId().equals(versions.get(0).getId())
        && acknowledgedAt == null
        && mine.getPartnership().getStatus() == PartnershipStatus.ACTIVE;
  }

  public boolean isVendor() {
    load();
    return mine != null
        && mine.getAccount().getOrganization().getId() == mine.getPartnership().getVendor().getId();
  }

  public boolean isCanEdit() {
    load();
    return canEdit;
  }

  public Partnership getWorkspace() {
    return outcomes.attempt(() -> tenants.workspace().getPartnership()).orElse(null);
  }

  public List<AuthorityVersion> getVersions() {
    load();
    return versions;
  }

  public AuthorityVersion getShown() {
    load();
    return shown;
  }

  public List<AuthorityRule> getRules() {
    load();
    return rules;
  }

  public Instant getAcknowledgedAt() {
    load();
    return acknowledgedAt;
  }

  /** The rate and the people asked, for the members who write (coordinators of either side). */
  public AckFollowUp getFollowUp() {
    load();
    return followUp;
  }

  public String getNotYet() {
    return notYet;
  }

  public void setNotYet(String notYet) {
    this.notYet = notYet;
  }

  public String getV() {
    return v;
  }

  public void setV(String v) {
    this.v = v;
  }
}
