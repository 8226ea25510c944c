package io.shoreline.portal.web.bulletins;

import io.shoreline.portal.bulletins.Audience;
import io.shoreline.portal.bulletins.Bulletin;
import io.shoreline.portal.bulletins.BulletinAudiences;
import io.shoreline.portal.bulletins.BulletinDraft;
import io.shoreline.portal.bulletins.Bulletins;
import io.shoreline.portal.bulletins.Urgency;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.threads.Upload;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import io.shoreline.portal.web.platform.UserSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.file.UploadedFile;

/**
 * Backing bean of app/bulletin-compose.xhtml?w=ID (a new bulletin for the other side) and
 * ?w=ID&id=ID (a new version of one: the audience stays, everyone is asked again). Times are typed
 * on the author's own clock and stored as instants.
 */
@Named
@RequestScoped
public class BulletinComposer {

  @Inject Tenants tenants;
  @Inject Bulletins bulletins;
  @Inject BulletinAudiences audiences;
  @Inject UserSettings settings;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private String id;
  private boolean loaded;
  private Bulletin editing;
  private String title;
  private String body;
  private Urgency urgency = Urgency.IMPORTANT;
  private LocalDateTime validFrom;
  private LocalDateTime validUntil;
  private List<Long> siteIds = new ArrayList<>();
  private String teams;
  private UploadedFile file;

  /** The view action: the workspace (and the bulletin to revise), or 404. */
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
          tenants.workspace();
          if (isRevising()) {
            editing = bulletins.find(bulletinId());
            if (title == null) {
              ZoneId zone = settings.getZone();
              title = editing.getTitle();
              body = editing.getBodyMarkdown();
              urgency = editing.getUrgency();
              validFrom = LocalDateTime.ofInstant(editing.getValidFrom(), zone);
              validUntil = LocalDateTime.ofInstant(editing.getValidUntil(), zone);
            }
          } else if (validFrom == null && title == null) {
            validFrom = LocalDateTime.now(settings.getZone()).withSecond(0).withNano(0);
            validUntil = validFrom.plusDays(3);
          }
        });
  }

  public String save() {
    Bulletin[] saved = new Bulletin[1];
    boolean done =
        outcomes.attempt(
            () -> {
              tenants.workspace();
              BulletinDraft draft = draft();
              saved[0] =
                  isRevising()
                      ? bulletins.revise(bulletinId(), RowParameters.version(), draft)
                      : bulletins.publish(draft);
              messages.info(isRevising() ? "bulletins.revised" : "bulletins.published");
            });
    return done
        ? "/app/bulletin?faces-redirect=true&w="
            + tenants.getWorkspaceId()
            + "&id="
            + saved[0].getId()
        : null;
  }

  private BulletinDraft draft() {
    ZoneId zone = settings.getZone();
    Set<String> chosenTeams =
        new LinkedHashSet<>(Arrays.asList(teams == null ? new String[0] : teams.split(",")));
    return new BulletinDraft(
        title,
        body,
        urgency,
        at(validFrom, zone),
        at(validUntil, zone),
        new Audience(Set.copyOf(siteIds == null ? List.of() : siteIds), chosenTeams),
        file == null || file.getFileName() == null || file.getFileName().isBlank()
            ? null
            : new Upload(file.getFileName(), file.getContent()));
  }

  private static Instant at(LocalDateTime time, ZoneId zone) {
    return time == null ? null : time.atZone(zone).toInstant();
  }

  /** The other side's sites, by name: whom the bulletin may address. */
  public Map<Long, String> getSites() {
    return outcomes
        .attempt(
            () -> {
              Membership mine = tenants.workspace();
              Partnership workspace = mine.getPartnership();
              long own = mine.getAccount().getOrganization().getId();
              return audiences.siteNames(workspace.partnerOf(own).getId());
            })
        .orElse(Map.of());
  }

  public List<Map.Entry<Long, String>> getSiteChoices() {
    return getSites().entrySet().stream().sorted(Map.Entry.comparingByValue()).toList();
  }

  public Partnership getWorkspace() {
    return outcomes.attempt(() -> tenants.workspace().getPartnership()).orElse(null);
  }

  public boolean isRevising() {
    return id != null || RowParameters.parameter("id") != null;
  }

  public Bulletin getEditing() {
    load();
    return editing;
  }

  public Urgency[] getUrgencies() {
    return Urgency.values();
  }

  public String getZone() {
    return settings.getZone().getId();
  }

  private long bulletinId() {
    return Ids.parse(id != null ? id : RowParameters.parameter("id"), "bulletin");
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public Urgency getUrgency() {
    return urgency;
  }

  public void setUrgency(Urgency urgency) {
    this.urgency = urgency;
  }

  public LocalDateTime getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDateTime validFrom) {
    this.validFrom = validFrom;
  }

  public LocalDateTime getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(LocalDateTime validUntil) {
    this.validUntil = validUntil;
  }

  public List<Long> getSiteIds() {
    return siteIds;
  }

  public void setSiteIds(List<Long> siteIds) {
    this.siteIds = siteIds;
  }

  public String getTeams() {
    return teams;
  }

  public void setTeams(String teams) {
    this.teams = teams;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
