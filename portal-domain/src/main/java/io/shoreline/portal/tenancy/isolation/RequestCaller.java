package io.shoreline.portal.tenancy.isolation;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.identity.Emails;
import io.shoreline.portal.tenancy.Membership;
import io.shoreline.portal.tenancy.Memberships;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The signed-in person of this HTTP request as the authentication step read them: their account,
 * and (when asked) their memberships, each read once per request, so that opening a workspace, the
 * workspace switcher and the pages' own checks do not read them again. Only the authentication
 * mechanism fills it; code outside a signed-in request (jobs, sign-in itself, tests running in the
 * server) reads afresh.
 */
@RequestScoped
public class RequestCaller {

  @Inject Accounts accounts;
  @Inject Memberships memberships;

  private Account account;
  private List<Membership> workspaces;

  /**
   * Whether the session's person may still enter: their account is enabled and their organization
   * active. Remembers the account for the rest of the request.
   */
  public boolean authenticate(String email) {
    account = accounts.findByEmail(email).filter(Accounts::mayEnter).orElse(null);
    workspaces = null;
    return account != null;
  }

  /** The account {@link #authenticate} let in during this request, if it has this e-mail. */
  public Optional<Account> authenticated(String email) {
    return Optional.ofNullable(account)
        .filter(caller -> email != null && caller.getEmail().equals(Emails.normalize(email)));
  }

  /** The account's memberships, by workspace name; the authenticated person's read once. */
  public List<Membership> membershipsOf(long accountId) {
    if (account == null || account.getId() != accountId) {
      return memberships.ofAccount(accountId);
    }
    if (workspaces == null) {
      workspaces = memberships.ofAccount(accountId);
    }
    return workspaces;
  }

  /** The account's membership in the workspace, from {@link #membershipsOf} when it is known. */
  Optional<Membership> membership(long workspaceId, long accountId) {
    if (account == null || account.getId() != accountId) {
      return memberships.find(workspaceId, accountId);
    }
    return membershipsOf(accountId).stream()
        .filter(member -> member.getPartnership().getId() == workspaceId)
        .findFirst();
  }
}
