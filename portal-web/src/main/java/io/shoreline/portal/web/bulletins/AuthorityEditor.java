package io.shoreline.portal.web.bulletins;

import io.shoreline.portal.bulletins.authority.AuthorityMatrix;
import io.shoreline.portal.bulletins.authority.AuthorityRule;
import io.shoreline.portal.bulletins.authority.AuthorityVersion;
import io.shoreline.portal.web.platform.FacesMessages;
import io.shoreline.portal.web.platform.Outcomes;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.platform.Tenants;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The editor of the next authority matrix version on app/authority-matrix.xhtml, for the client's
 * coordinators: it starts from the latest version's rows, adds and removes rows in the view
 * (nothing is stored until "Publish"), and names the version it started from, so that a version
 * published meanwhile is "changed meanwhile", not overwritten.
 */
@Named
@ViewScoped
public class AuthorityEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Tenants tenants;
  @Inject AuthorityMatrix matrix;
  @Inject Outcomes outcomes;
  @Inject FacesMessages messages;

  private List<EditableRule> rows;
  private int startedFrom;
  private LocalDate validFrom;
  private String note;

  public List<EditableRule> getRows() {
    if (rows == null) {
      rows = new ArrayList<>();
      outcomes.attempt(
          () -> {
            tenants.workspace();
            Optional<AuthorityVersion> latest = matrix.latest();
            startedFrom = latest.map(AuthorityVersion::getNumber).orElse(0);
            latest.ifPresent(
                version ->
                    matrix.rules(version.getId()).stream()
                        .map(AuthorityRule::row)
                        .map(EditableRule::of)
                        .forEach(rows::add));
          });
      if (rows.isEmpty()) {
        rows.add(new EditableRule());
      }
    }
    return rows;
  }

  /** Another empty row; the view keeps what was typed in the others. */
  public void addRow() {
    getRows().add(new EditableRule());
  }

  public void removeRow(int index) {
    if (index >= 0 && index < getRows().size()) {
      rows.remove(index);
    }
  }

  public String publish() {
    AuthorityVersion[] published = new AuthorityVersion[1];
    boolean done =
        outcomes.attempt(
            () -> {
              tenants.workspace();
              published[0] =
                  matrix.publish(
                      validFrom,
                      note,
                      getRows().stream().map(EditableRule::row).toList(),
                      (int) RowParameters.version(RowParameters.parameter("startedFrom")));
              messages.info("authority.published", published[0].getNumber());
            });
    return done ? "/app/authority-matrix?faces-redirect=true&w=" + tenants.getWorkspaceId() : null;
  }

  public int getStartedFrom() {
    getRows();
    return startedFrom;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
