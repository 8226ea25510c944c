package io.shoreline.portal.web.visits;

import io.shoreline.portal.visits.AreaRating;
import io.shoreline.portal.visits.SiteVisits;
import io.shoreline.portal.visits.VisitAgenda;
import io.shoreline.portal.visits.VisitArea;
import io.shoreline.portal.visits.VisitRatings;
import io.shoreline.portal.visits.VisitReport;
import io.shoreline.portal.web.platform.RowParameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The forms of app/visit.xhtml for the report's text: agenda points, notes and ratings. */
@Named
@RequestScoped
public class ReportEditor {

  @Inject VisitAgenda agenda;
  @Inject SiteVisits visits;
  @Inject VisitRatings ratings;
  @Inject VisitView view;
  @Inject VisitChanges changes;

  private String agendaText;
  private String notes;
  private Map<String, String> scores;

  public String addItem() {
    return changes.run(() -> agenda.add(view.getVisitId(), agendaText), "visits.agendaAdded");
  }

  public String removeItem() {
    return changes.run(
        () -> agenda.remove(RowParameters.id("agenda item")), "visits.agendaRemoved");
  }

  public String saveNotes() {
    return changes.run(
        () -> visits.writeNotes(view.getVisitId(), RowParameters.version(), notes),
        "visits.notesSaved");
  }

  /** Every area's score as chosen ("0" clears one). */
  public String saveRatings() {
    return changes.run(
        () -> {
          Map<VisitArea, Integer> chosen = new EnumMap<>(VisitArea.class);
          for (VisitArea area : VisitArea.values()) {
            String score = getScores().get(area.name());
            chosen.put(area, score == null || score.isBlank() ? 0 : parse(score));
          }
          ratings.rate(view.getVisitId(), chosen);
        },
        "visits.ratingsSaved");
  }

  private static int parse(String score) {
    try {
      return Integer.parseInt(score.strip());
    } catch (NumberFormatException e) {
      return -1; // refused by the domain as out of range
    }
  }

  public List<VisitArea> getAreas() {
    return List.of(VisitArea.values());
  }

  /** By area name, the stored scores until the form sends others. */
  public Map<String, String> getScores() {
    if (scores == null) {
      scores = new HashMap<>();
      VisitReport report = view.getReport();
      if (report != null) {
        for (AreaRating rating : report.ratings().values()) {
          scores.put(rating.getArea().name(), String.valueOf(rating.getScore()));
        }
      }
    }
    return scores;
  }

  public String getAgendaText() {
    return agendaText;
  }

  public void setAgendaText(String agendaText) {
    this.agendaText = agendaText;
  }

  /** The stored notes until the form sends others. */
  public String getNotes() {
    if (notes == null && view.getVisit() != null) {
      notes = view.getVisit().getNotes();
    }
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
