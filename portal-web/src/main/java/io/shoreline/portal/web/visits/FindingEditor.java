package io.shoreline.portal.web.visits;

import io.shoreline.portal.visits.FindingDetails;
import io.shoreline.portal.visits.Findings;
import io.shoreline.portal.visits.PhotoInspection;
import io.shoreline.portal.visits.Severity;
import io.shoreline.portal.visits.VisitArea;
import io.shoreline.portal.web.platform.RowParameters;
import io.shoreline.portal.web.threads.Uploads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFiles;

/**
 * The findings' forms of app/visit.xhtml: record one with photos, change one as the person saw it
 * (its version travels with the form: no lost update), remove one.
 */
@Named
@RequestScoped
public class FindingEditor {

  @Inject Findings findings;
  @Inject PhotoInspection inspection;
  @Inject VisitView view;
  @Inject VisitChanges changes;

  private VisitArea area;
  private Severity severity;
  private String text;
  private UploadedFiles photos;

  public String record() {
    return changes.run(
        () ->
            findings.record(
                view.getVisitId(), new FindingDetails(area, severity, text), Uploads.of(photos)),
        "visits.findingRecorded");
  }

  /** The row's plain fields: "id", "version", "area", "severity", "text". */
  public String save() {
    return changes.run(
        () ->
            findings.change(
                RowParameters.id("finding"),
                RowParameters.version(),
                new FindingDetails(
                    constant(VisitArea.class, RowParameters.parameter("area")),
                    constant(Severity.class, RowParameters.parameter("severity")),
                    RowParameters.parameter("text"))),
        "visits.findingSaved");
  }

  public String remove() {
    return changes.run(() -> findings.remove(RowParameters.id("finding")), "visits.findingRemoved");
  }

  /** Null (refused by the domain as missing) for anything but one of the constants. */
  private static <E extends Enum<E>> E constant(Class<E> type, String name) {
    for (E value : type.getEnumConstants()) {
      if (value.name().equals(name)) {
        return value;
      }
    }
    return null;
  }

  public VisitArea[] getAreas() {
    return VisitArea.values();
  }

  public Severity[] getSeverities() {
    return Severity.values();
  }

  public int getMaxMegabytes() {
    return inspection.getMaxMegabytes();
  }

  public VisitArea getArea() {
    return area;
  }

  public void setArea(VisitArea area) {
    this.area = area;
  }

  public Severity getSeverity() {
    return severity;
  }

  public void setSeverity(Severity severity) {
    this.severity = severity;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public UploadedFiles getPhotos() {
    return photos;
  }

  public void setPhotos(UploadedFiles photos) {
    this.photos = photos;
  }
}
