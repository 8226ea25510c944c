package io.shoreline.portal.web.sites;

import io.shoreline.portal.sites.Site;
import io.shoreline.portal.sites.SiteDetails;
import io.shoreline.portal.sites.Sites;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The form of app/org/sites.xhtml: a new site, or the site named by "?edit=ID". The form carries
 * the site's id and the version the person loaded in hidden fields; saving an older version is
 * refused (someone else saved meanwhile), never overwrites.
 */
@Named
@RequestScoped
public class EditSite {

  @Inject Tenants tenants;
  @Inject Sites sites;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private String edit;
  private String id;
  private String version;
  private String name;
  private String city;
  private String country;
  private String timeZone;
  private Integer seats;

  /** The view action: fills the form with the site to edit, or the caller's zone for a new one. */
  public void open() {
    outcomes.attempt(
        () -> {
          timeZone = tenants.organization().getTimeZone();
          if (edit != null) {
            Site site = sites.find(Ids.parse(edit, "site"));
            id = String.valueOf(site.getId());
            version = String.valueOf(site.getVersion());
            name = site.getName();
            city = site.getCity();
            country = site.getCountry();
            timeZone = site.getTimeZone();
            seats = site.getSeatCapacity();
          }
        });
  }

  public String save() {
    SiteDetails details =
        new SiteDetails(name, city, country, timeZone, seats == null ? -1 : seats);
    boolean done =
        outcomes.attempt(
            () -> {
              tenants.organization();
              Site saved =
                  isEditing()
                      ? sites.change(Ids.parse(id, "site"), RowParameters.version(version), details)
                      : sites.add(details);
              messages.info("sites.saved", saved.getName());
            });
    return done ? "/app/org/sites?faces-redirect=true" : null;
  }

  /** Time zones with the typed text in their id, e.g. "paris" finds Europe/Paris. */
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

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public Integer getSeats() {
    return seats;
  }

  public void setSeats(Integer seats) {
    this.seats = seats;
  }
}
