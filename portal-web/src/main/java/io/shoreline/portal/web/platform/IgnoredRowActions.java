package io.shoreline.portal.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Says why a row's button did nothing. Faces runs only buttons that are still shown when the
 * postback arrives; a button for a row that changed meanwhile (a workspace suspended by the other
 * side, say) is ignored silently. A row action that runs either redirects or leaves a message, so a
 * postback with a row's "id" and no message is one of those.
 */
@Named
@RequestScoped
public class IgnoredRowActions {

  @Inject FacesMessages messages;

  /** A preRenderView listener of pages with row actions. */
  public void explain() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()
        && RowParameters.parameter("id") != null
        && faces.getMessageList().isEmpty()) {
      messages.error("changedMeanwhile");
    }
  }
}
