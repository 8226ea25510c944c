package io.shoreline.portal.web.identity;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.tenancy.OrganizationKind;
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
  private boolean operator;
  private Instant previousSignIn;

  /** Called at sign-in, with the sign-in before this one (null the first time). */
  void signedIn(Account account, Instant previousSignIn) {
    accountId = account.getId();
    email = account.getEmail();
    displayName = account.getDisplayName();
    organizationName = account.getOrganization().getName();
    operator = account.getOrganization().getKind() == OrganizationKind.PLATFORM;
    this.previousSignIn = previousSignIn;
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

  /** Whether the menu offers the platform operator's pages (which check again themselves). */
  public boolean isOperator() {
    return operator;
  }

  public Instant getPreviousSignIn() {
    return previousSignIn;
  }
}
