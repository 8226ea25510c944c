package io.shoreline.portal.web.bulletins;

import io.shoreline.portal.platform.ChangedMeanwhileException;
import io.shoreline.portal.sites.Site;
import io.shoreline.portal.sites.Sites;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.tenancy.Partnership;
import io.shoreline.portal.web.partners.MemberList;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Ids;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The site and team columns of app/members.xhtml: an org admin says where each of their own members
 * works, which is what the other side's bulletins address.
 */
@Named
@RequestScoped
public class MemberPlacement {

  @Inject Tenants tenants;
  @Inject Memberships memberships;
  @Inject Sites sites;
  @Inject MemberList list;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  /** By account id: the chosen site's id ("" for none) and the team, as the selects send them. */
  private final Map<Long, String> siteIds = new HashMap<>();

  private final Map<Long, String> teams = new HashMap<>();
  private List<Site> ownSites;

  public String save() {
    Partnership[] workspace = new Partnership[1];
    boolean done =
        outcomes.attempt(
            () -> {
              workspace[0] = tenants.workspaceAsAdmin(); // a forged "w" ends here: 404
              if (!list.getRowIds().equals(RowParameters.parameter("rows"))) {
                throw new ChangedMeanwhileException("membership", workspace[0].getId());
              }
              long account = RowParameters.id("account");
              String site = getSiteIds().get(account);
              memberships.placeOwn(
                  account,
                  site == null || site.isBlank() ? null : Ids.parse(site, "site"),
                  getTeams().get(account),
                  RowParameters.version());
              messages.info("members.placeSaved", name(account));
            });
    return done ? "/app/members?faces-redirect=true&w=" + workspace[0].getId() : null;
  }

  public Map<Long, String> getSiteIds() {
    prefill();
    return siteIds;
  }

  public Map<Long, String> getTeams() {
    prefill();
    return teams;
  }

  /** The admin's own organization's sites. */
  public List<Site> getSites() {
    if (ownSites == null) {
      ownSites =
          outcomes
              .attempt(
                  () -> {
                    tenants.workspaceAsAdmin();
                    return sites.all();
                  })
              .orElse(List.of());
    }
    return ownSites;
  }

  /** As stored; what the form posts replaces these. */
  private void prefill() {
    for (Membership member : list.getOwn()) {
      long account = member.getAccount().getId();
      siteIds.putIfAbsent(account, member.getSiteId() == null ? "" : member.getSiteId() + "");
      teams.putIfAbsent(account, member.getTeam() == null ? "" : member.getTeam());
    }
  }

  private String name(long account) {
    return list.getOwn().stream()
        .filter(member -> member.getAccount().getId() == account)
        .map(member -> member.getAccount().getDisplayName())
        .findFirst()
        .orElse("");
  }
}
