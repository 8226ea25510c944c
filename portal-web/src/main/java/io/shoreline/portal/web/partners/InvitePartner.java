package io.shoreline.portal.web.partners;

import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.tenancy.Partnerships;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The invitation form of app/org/partners.xhtml: the partner's URL slug and the workspace's name.
 * The partner's admins then accept or decline.
 */
@Named
@RequestScoped
public class InvitePartner {

  @Inject Tenants tenants;
  @Inject Partnerships partnerships;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private String slug;
  private String name;

  public String invite() {
    boolean done =
        outcomes.attempt(
            () -> {
              long own = tenants.organization().getOrganization().getId();
              Partnership invited = partnerships.invite(slug, name);
              messages.info("partners.invited", invited.partnerOf(own).getName());
            });
    return done ? "/app/org/partners?faces-redirect=true" : null;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
