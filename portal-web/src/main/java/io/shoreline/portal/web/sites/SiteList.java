package io.shoreline.portal.web.sites;

import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.sites.Site;
import io.shoreline.portal.sites.Sites;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The table of app/org/sites.xhtml: the organization's sites, for all its people. */
@Named
@RequestScoped
public class SiteList {

  @Inject Tenants tenants;
  @Inject Sites sites;
  @Inject Outcomes outcomes;

  private List<Site> all;

  public List<Site> getAll() {
    if (all == null) {
      all =
          outcomes
              .attempt(
                  () -> {
                    tenants.organization();
                    return sites.all();
                  })
              .orElse(List.of());
    }
    return all;
  }

  /** Admins and managers add and change sites; the others read them. */
  public boolean isEditor() {
    return outcomes
        .attempt(() -> tenants.organization().getRole())
        .map(role -> role == OrgRole.ORG_ADMIN || role == OrgRole.MANAGER)
        .orElse(false);
  }
}
