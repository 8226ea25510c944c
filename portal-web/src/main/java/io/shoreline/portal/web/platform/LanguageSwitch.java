package io.shoreline.portal.web.platform;

import io.shoreline.portal.identity.Accounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** Switches the viewer's language, remembers it on the account, and reloads the page. */
@Named
@RequestScoped
public class LanguageSwitch {

  @Inject UserSettings settings;
  @Inject Accounts accounts;
  @Inject SecurityContext security;

  public String switchTo(String language) {
    settings.setLanguage(language);
    Principal caller = security.getCallerPrincipal();
    if (caller != null) {
      accounts.changeLanguage(caller.getName(), settings.getLocale().getLanguage());
    }
    // the page again, with its view parameters (a workspace page without "w" would be a 404)
    return FacesContext.getCurrentInstance().getViewRoot().getViewId()
        + "?faces-redirect=true&includeViewParams=true";
  }
}
