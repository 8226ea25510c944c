package io.shoreline.portal.web.workspace;

import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.isolation.RequestCaller;
import io.shoreline.portal.web.identity.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The signed-in person's workspaces, read once per request for the switcher and home page. */
@Named
@RequestScoped
public class MyWorkspaces {

  @Inject RequestCaller requestCaller;
  @Inject CurrentUser user;

  private List<Membership> all;

  public List<Membership> getAll() {
    if (all == null) {
      all = requestCaller.membershipsOf(user.getAccountId());
    }
    return all;
  }
}
