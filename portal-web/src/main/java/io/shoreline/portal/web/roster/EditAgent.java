package io.shoreline.portal.web.roster;

import io.shoreline.portal.roster.Agent;
import io.shoreline.portal.roster.AgentDetails;
import io.shoreline.portal.roster.Roster;
import io.shoreline.portal.sites.Site;
import io.shoreline.portal.sites.Sites;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The form of app/org/agents.xhtml: a new agent, or the agent named by "?edit=ID", with the id and
 * the version the person loaded in hidden fields, so that a change made meanwhile is refused.
 */
@Named
@RequestScoped
public class EditAgent {

  @Inject Tenants tenants;
  @Inject Roster roster;
  @Inject Sites sites;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private String edit;
  private String id;
  private String version;
  private String site;
  private String name;
  private String languages;
  private String skills;
  private boolean active = true;
  private List<Site> siteChoices;

  /** The view action: fills the form with the agent to edit. */
  public void open() {
    if (edit == null) {
      return;
    }
    outcomes.attempt(
        () -> {
          tenants.organization();
          Agent agent = roster.find(Ids.parse(edit, "agent"));
          id = String.valueOf(agent.getId());
          version = String.valueOf(agent.getVersion());
          site = String.valueOf(agent.getSite().getId());
          name = agent.getName();
          languages = agent.getLanguages();
          skills = agent.getSkills();
          active = agent.isActive();
        });
  }

  public String save() {
    if (site == null || site.isBlank()) {
      messages.error("agents.siteRequired");
      return null;
    }
    AgentDetails details = new AgentDetails(name, languages, skills, active);
    boolean done =
        outcomes.attempt(
            () -> {
              tenants.organization();
              long at = Ids.parse(site, "site");
              Agent saved =
                  isEditing()
                      ? roster.change(
                          Ids.parse(id, "agent"), RowParameters.version(version), at, details)
                      : roster.add(at, details);
              messages.info("agents.saved", saved.getName());
            });
    return done ? "/app/org/agents?faces-redirect=true" : null;
  }

  /** The organization's sites, for the site select. */
  public List<Site> getSiteChoices() {
    if (siteChoices == null) {
      siteChoices =
          outcomes
              .attempt(
                  () -> {
                    tenants.organization();
                    return sites.all();
                  })
              .orElse(List.of());
    }
    return siteChoices;
  }

  public boolean isEditing() {
    return id != null && !id.isBlank();
  }

  public String getEdit() {
    return edit;
  }

  public void setEdit(String edit) {
    this.edit = edit;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getSite() {
    return site;
  }

  public void setSite(String site) {
    this.site = site;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getLanguages() {
    return languages;
  }

  public void setLanguages(String languages) {
    this.languages = languages;
  }

  public String getSkills() {
    return skills;
  }

  public void setSkills(String skills) {
    this.skills = skills;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
