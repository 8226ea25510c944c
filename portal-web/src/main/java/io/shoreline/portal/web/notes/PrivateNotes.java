package io.shoreline.portal.web.notes;

import io.shoreline.portal.identity.Account;
import io.shoreline.portal.identity.Accounts;
import io.shoreline.portal.identity.OrgRole;
import io.shoreline.portal.notes.PartnerNote;
import io.shoreline.portal.notes.PartnerNotes;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The "Private notes" card of app/workspace.xhtml: the caller's organization's notes about the
 * workspace, newest first, with their authors' names read in one query.
 */
@Named
@RequestScoped
public class PrivateNotes {

  private static final int SHOWN = 20;

  @Inject Tenants tenants;
  @Inject PartnerNotes notes;
  @Inject Accounts accounts;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private String body;
  private List<PartnerNote> recent;
  private Map<Long, String> authors = Map.of();

  public List<PartnerNote> getRecent() {
    if (recent == null) {
      recent =
          outcomes
              .attempt(
                  () -> {
                    tenants.workspace();
                    List<PartnerNote> page = notes.recent(0, SHOWN);
                    authors =
                        accounts.displayNames(
                            page.stream()
                                .map(PartnerNote::getAuthorAccountId)
                                .collect(Collectors.toSet()));
                    return page;
                  })
              .orElse(List.of());
    }
    return recent;
  }

  public String author(PartnerNote note) {
    return authors.getOrDefault(note.getAuthorAccountId(), "");
  }

  /** Its author and the organization's admins delete a note. */
  public boolean canDelete(PartnerNote note) {
    Account caller = tenants.caller();
    return note.getAuthorAccountId() == caller.getId() || caller.getRole() == OrgRole.ORG_ADMIN;
  }

  public String add() {
    return change(
        () -> {
          notes.add(body);
          messages.info("notes.added");
        });
  }

  public String delete() {
    return change(
        () -> {
          notes.delete(RowParameters.id("note"));
          messages.info("notes.deleted");
        });
  }

  private String change(Runnable change) {
    boolean done =
        outcomes.attempt(
            () -> {
              tenants.workspace();
              change.run();
            });
    return done ? "/app/workspace?faces-redirect=true&w=" + tenants.getWorkspaceId() : null;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
