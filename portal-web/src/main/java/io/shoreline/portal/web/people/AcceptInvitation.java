package io.shoreline.portal.web.people;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.Invitation;
import io.shoreline.portal.identity.Invitations;
import io.shoreline.portal.web.identity.SessionSignIn;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Outcomes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import java.util.Optional;

/**
 * Backing bean of accept-invitation.xhtml?token=…: shows the invitation behind the link, or why it
 * can no longer be used, and turns it into an account that is signed in at once. The token travels
 * as the request parameter "token" on the link and in the form, and is checked again on every
 * request.
 */
@Named
@RequestScoped
public class AcceptInvitation {

  static final String TOKEN = "token";

  @Inject Invitations invitations;
  @Inject SessionSignIn session;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private Optional<Invitation> invitation;
  private String displayName;
  private String password;
  private String confirmation;

  /** The view action: a link that cannot be used gets its reason before the page renders. */
  public void open() {
    getInvitation();
  }

  /**
   * The invitation, looked up once per request from the submitted token; null when it cannot be
   * accepted (the reason is then a message). The form's "rendered" asks during a postback's decode,
   * before any action runs.
   */
  public Invitation getInvitation() {
    if (invitation == null) {
      invitation = outcomes.attempt(() -> invitations.open(getToken()));
      invitation.ifPresent(
          found -> displayName = displayName == null ? found.getDisplayName() : displayName);
    }
    return invitation.orElse(null);
  }

  public String accept() {
    Invitation shown = getInvitation();
    if (shown == null) {
      return null;
    }
    if (!Objects.equals(password, confirmation)) {
      messages.error("signup.passwordMismatch");
      return null;
    }
    char[] secret = password == null ? new char[0] : password.toCharArray();
    Optional<Account> account =
        outcomes.attempt(() -> invitations.accept(getToken(), displayName, secret));
    if (account.isEmpty()) {
      return null;
    }
    if (!session.signIn(account.get().getEmail(), password)) {
      messages.info("signup.signInYourself");
      return "/login?faces-redirect=true";
    }
    messages.info("invitation.welcome", shown.getOrganization().getName());
    return "/app/home?faces-redirect=true";
  }

  public String getToken() {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get(TOKEN);
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
