package io.shoreline.portal.web.identity;

import io.shoreline.portal.identity.Account;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;

/**
 * What the shell shows about the signed-in person, captured at sign-in. Plain data, so the session
 * replicates across the cluster.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long accountId;
  private String email;
  private String displayName;
  private String organizationName;
  private Instant previousSignIn;

  /** Called at sign-in, before the new sign-in time is recorded. */
  void signedIn(Account account) {
    accountId = account.getId();
    email = account.getEmail();
    displayName = account.getDisplayName();
    organizationName = account.getOrganization().getName();
    previousSignIn = account.getLastSignInAt();
  }

  public Long getAccountId() {
    return accountId;
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getOrganizationName() {
    return organizationName;
  }

  public Instant getPreviousSignIn() {
    return previousSignIn;
  }
}
