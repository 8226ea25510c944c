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

  private void add(FacesMessage.Severity severity, String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
    String text = new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    faces.addMessage(null, new FacesMessage(severity, text, text));
  }
}
