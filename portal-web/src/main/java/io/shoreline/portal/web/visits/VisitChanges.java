package io.shoreline.portal.web.visits;

import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Runs a change of the visit page's forms in the workspace the form names: back to the visit with a
 * confirmation when it went through, the same page with the refusal when not (nothing changed).
 */
@RequestScoped
public class VisitChanges {

  @Inject Tenants tenants;
  @Inject VisitView view;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  public String run(Runnable change, String done) {
    boolean changed =
        outcomes.attempt(
            () -> {
              tenants.workspace();
              change.run();
              messages.info(done);
            });
    return changed
        ? "/app/visit?faces-redirect=true&w=" + tenants.getWorkspaceId() + "&v=" + view.getVisitId()
        : null;
  }
}
