package io.shoreline.portal.web.threads;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Memberships;
import io.shoreline.portal.threads.Attachments;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/**
 * Completes "@chl" in a post editor to "@chloe.martin@northwind.example": the members of the
 * workspace, of either side, whose name or e-mail contains what follows the "@".
 */
@Named
@RequestScoped
public class MentionSuggestions {

  private static final int MAX = 8;

  @Inject Tenants tenants;
  @Inject Memberships memberships;
  @Inject Attachments attachments;
  @Inject Outcomes outcomes;

  public List<String> complete(String query) {
    if (query == null || !query.startsWith("@") || query.length() < 2) {
      return List.of();
    }
    String wanted = query.substring(1).toLowerCase(Locale.ROOT);
    return outcomes
        .attempt(
            () -> {
              long workspace = tenants.workspace().getPartnership().getId();
              return memberships.ofWorkspace(workspace).stream()
                  .map(Membership::getAccount)
                  .filter(account -> matches(account, wanted))
                  .limit(MAX)
                  .map(account -> "@" + account.getEmail())
                  .toList();
            })
        .orElse(List.of());
  }

  private static boolean matches(Account account, String wanted) {
    return account.getDisplayName().toLowerCase(Locale.ROOT).contains(wanted)
        || account.getEmail().toLowerCase(Locale.ROOT).contains(wanted);
  }

  public long getMaxMegabytes() {
    return attachments.maxMegabytes();
  }
}
