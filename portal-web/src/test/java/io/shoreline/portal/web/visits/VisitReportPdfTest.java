package io.shoreline.portal.web.visits;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoreline.portal.testing.PdfText;
import io.shoreline.portal.visits.VisitReport;
import io.shoreline.portal.visits.VisitStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VisitReportPdfTest {

  private final List<Long> photosRead = new ArrayList<>();

  @Test
  void aSignedReportHoldsFindingsRatingsActionsSignaturesAndAmendments() throws IOException {
    String text = text(pdf(SampleVisit.report(VisitStatus.SIGNED_OFF), Locale.ENGLISH));

    assertThat(text)
        .contains("Site visit report: Lisbon Centre")
        .contains("Contoso Bank – Atlas")
        .contains("Quarterly quality review")
        .contains("Clara Client", "Victor Vendor")
        .contains("Floor walk", "Call listening")
        .contains("Quality", "High")
        .contains("Agents skip the <b>identity check</b> on callbacks")
        .contains("2 / 5", "5 / 5")
        .contains("Retrain callback team", "In progress", "Jan 15, 2027")
        .contains("Team leads were open about staffing.")
        .contains("Signed off by Clara Client for the client")
        .contains("Signed off by Victor Vendor for the vendor")
        .contains("Amendment 1", "The floor walk covered two floors, not one.")
        .doesNotContain("DRAFT");
  }

  @Test
  void timesAreOnTheSitesClockAndTheViewers() throws IOException {
    String text = text(pdf(SampleVisit.report(VisitStatus.SIGNED_OFF), Locale.ENGLISH));

    assertThat(text)
        .contains("Time at the site")
        .contains("8:30 AM (Europe/Lisbon)")
        .contains("Your time")
        .contains("9:30 AM (Europe/Paris)");
  }

  @Test
  void photosAreEmbeddedAndOneThatIsNoImageIsNamedInstead() throws IOException {
    byte[] pdf = pdf(SampleVisit.report(VisitStatus.SIGNED_OFF), Locale.ENGLISH);

    assertThat(photosRead).containsExactly(41L, 42L);
    assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1))
        .contains("/Subtype/Image");
    assertThat(text(pdf)).contains("Photo broken.png cannot be shown in a PDF");
  }

  @Test
  void aReportNotSignedOffIsMarkedDraft() throws IOException {
    String text = text(pdf(SampleVisit.report(VisitStatus.IN_REVIEW), Locale.ENGLISH));

    assertThat(text).contains("DRAFT — not signed off").contains("Not signed off yet.");
  }

  @Test
  void inFrench() throws IOException {
    String text = text(pdf(SampleVisit.report(VisitStatus.IN_REVIEW), Locale.FRENCH));

    assertThat(text)
        .contains("Compte rendu de visite", "Constats", "Qualité", "Élevée", "BROUILLON");
  }

  @Test
  void theFileIsNamedAfterTheSiteAndTheDayThere() {
    assertThat(VisitReportPdf.fileName(SampleVisit.visit(VisitStatus.PLANNED)))
        .isEqualTo("visit-lisbon-centre-2026-12-03.pdf");
  }

  private byte[] pdf(VisitReport report, Locale locale) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new VisitReportPdf(
            report,
            "Contoso Bank – Atlas",
            ZoneId.of("Europe/Paris"),
            locale,
            id -> {
              photosRead.add(id);
              return id == 41 ? SampleVisit.png() : new byte[] {1, 2, 3, 4, 5};
            })
        .write(out);
    return out.toByteArray();
  }

  private static String text(byte[] pdf) {
    return PdfText.of(pdf);
  }
}
