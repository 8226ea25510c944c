package io.shoreline.portal.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.ResourceBundle;

/** Adds messages from the resource bundle, in the viewer's language. */
@RequestScoped
public class FacesMessages {

  @Inject Dates dates;

  static final String BUNDLE = "io.shoreline.portal.web.messages";

  public void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  /** A confirmation; kept across a redirect, so a redirect-after-post shows it too. */
  public void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, key, arguments);
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  /** The text of a bundle key in the viewer's language; instants in the viewer's time zone. */
  public String text(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
    Object[] shown =
        Arrays.stream(arguments)
            .map(
                argument ->
                    argument instanceof Instant instant
                        ? dates.format(instant)
                        : argument instanceof LocalDate day ? dates.day(day) : argument)
            .toArray();
    return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(shown);
  }

  private void add(FacesMessage.Severity severity, String key, Object... arguments) {
    String text = text(key, arguments);
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
  }
}
