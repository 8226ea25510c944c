package io.shoreline.portal.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Adds messages from the resource bundle, in the viewer's language. */
@RequestScoped
public class FacesMessages {

  static final String BUNDLE = "io.shoreline.portal.web.messages";

  public void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  /** A confirmation; kept across a redirect, so a redirect-after-post shows it too. */
  public void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, key, arguments);
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  /** The text of a bundle key in the viewer's language. */
  public String text(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
    return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
  }

  private void add(FacesMessage.Severity severity, String key, Object... arguments) {
    String text = text(key, arguments);
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
  }
}
