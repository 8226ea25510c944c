package io.shoreline.portal.web.home;

import io.shoreline.portal.platform.TimeSource;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.web.identity.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;

/** Backing bean of app/home.xhtml. */
@Named
@RequestScoped
public class Home {

  @Inject TimeSource time;
  @Inject Memberships memberships;
  @Inject CurrentUser user;

  private List<Membership> workspaces;

  @PostConstruct
  void load() {
    workspaces = memberships.ofAccount(user.getAccountId());
  }

  public Instant getNow() {
    return time.now();
  }

  /** The workspaces the signed-in person is a member of, by name. */
  public List<Membership> getWorkspaces() {
    return workspaces;
  }
}
