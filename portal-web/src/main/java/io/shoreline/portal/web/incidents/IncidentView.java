package io.shoreline.portal.web.incidents;

import io.shoreline.portal.scorecards.incidents.Incident;
import io.shoreline.portal.scorecards.incidents.IncidentStatus;
import io.shoreline.portal.scorecards.incidents.Incidents;
import io.shoreline.portal.tenancy.OrganizationKind;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.isolation.CallerMembership;
import io.shoreline.portal.visits.AccountNames;
import io.shoreline.portal.visits.ActionRow;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Backing bean of app/incident.xhtml?w=ID&id=INCIDENT: the incident's facts, who agreed to close
 * it, its corrective actions, and which steps the viewer may take. The forms are {@link
 * IncidentEditor}, {@link TimelineEntries} and {@link CorrectiveActionForm}.
 */
@Named
@RequestScoped
public class IncidentView {

  @Inject Tenants tenants;
  @Inject Incidents incidents;
  @Inject CallerMembership member;
  @Inject AccountNames names;
  @Inject IncidentEditor editor;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private String id;
  private Incident incident;
  private List<ActionRow> actions;
  private Map<Long, String> people;

  /** The view action: membership, then the incident (another workspace's answers 404). */
  public void open() {
    if (getIncident() != null) {
      editor.fill(getIncident());
    }
  }

  public Incident getIncident() {
    if (incident == null) {
      incident = read(() -> incidents.find(getIncidentId())).orElse(null);
    }
    return incident;
  }

  public Partnership getWorkspace() {
    return read(() -> member.get().getPartnership()).orElse(null);
  }

  public List<ActionRow> getActions() {
    if (actions == null) {
      actions = read(() -> incidents.correctiveActions(getIncidentId())).orElse(List.of());
    }
    return actions;
  }

  /**
   * The version the page's forms carry: the incident's, or on a refused postback the one the person
   * sent, so that sending a form made on a stale page is refused again until they reload it.
   */
  public long getSeenVersion() {
    String sent = RowParameters.parameter("version");
    if (sent != null) {
      return RowParameters.version(sent);
    }
    return getIncident() == null ? -1 : getIncident().getVersion();
  }

  /** Runs a step on the incident; done, back to its page with the confirmation. */
  String act(Runnable step, String done) {
    boolean ok =
        outcomes.attempt(
            () -> {
              tenants.workspace();
              step.run();
            });
    if (!ok) {
      return null;
    }
    messages.info(done);
    return "/app/incident?faces-redirect=true&w="
        + tenants.getWorkspaceId()
        + "&id="
        + getIncidentId();
  }

  /** The display name of someone the incident names (its reporter, who agreed to close). */
  public String name(Long accountId) {
    if (people == null) {
      Incident shown = getIncident();
      List<Long> named = new ArrayList<>();
      if (shown != null) {
        named.add(shown.getReportedBy());
        Optional.ofNullable(shown.getClientClosedBy()).ifPresent(named::add);
        Optional.ofNullable(shown.getVendorClosedBy()).ifPresent(named::add);
      }
      people = names.of(named);
    }
    return accountId == null ? "" : people.getOrDefault(accountId, "");
  }

  /** The name of the side that reported it. */
  public String getReportingSide() {
    Partnership workspace = getWorkspace();
    if (workspace == null || getIncident() == null) {
      return "";
    }
    return Objects.equals(workspace.getClient().getId(), getIncident().getReportedOrgId())
        ? workspace.getClient().getName()
        : workspace.getVendor().getName();
  }

  /** Whether the incident is still open to changes by the viewer. */
  public boolean isEditable() {
    return getIncident() != null && !getIncident().isClosed() && canWrite();
  }

  public boolean isCanResolve() {
    return isEditable() && getIncident().getStatus() == IncidentStatus.OPEN;
  }

  public boolean isCanReopen() {
    return isEditable() && getIncident().getStatus() == IncidentStatus.RESOLVED;
  }

  /** A coordinator whose side has not agreed to close the resolved incident yet. */
  public boolean isCanAgree() {
    return isCanReopen()
        && read(() ->
                member.isCoordinator()
                    && !getIncident()
                        .hasAgreed(member.get().getAccount().getOrganization().getKind()))
            .orElse(false);
  }

  public boolean isClientAgreed() {
    return getIncident() != null && getIncident().hasAgreed(OrganizationKind.CLIENT);
  }

  public boolean isVendorAgreed() {
    return getIncident() != null && getIncident().hasAgreed(OrganizationKind.VENDOR);
  }

  public long getIncidentId() {
    return Ids.parse(getId(), "incident");
  }

  public String getId() {
    return id != null ? id : RowParameters.parameter("id");
  }

  public void setId(String id) {
    this.id = id;
  }

  private boolean canWrite() {
    return read(member::canWrite).orElse(false);
  }

  <T> Optional<T> read(Supplier<T> reading) {
    return outcomes.attempt(
        () -> {
          tenants.workspace();
          return reading.get();
        });
  }
}
