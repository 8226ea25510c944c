package io.shoreline.portal.web.scorecards;

import static io.shoreline.portal.web.scorecards.ScorecardPdfStyle.BODY;
import static io.shoreline.portal.web.scorecards.ScorecardPdfStyle.BOLD;
import static io.shoreline.portal.web.scorecards.ScorecardPdfStyle.HEADING;
import static io.shoreline.portal.web.scorecards.ScorecardPdfStyle.MUTED;
import static io.shoreline.portal.web.scorecards.ScorecardPdfStyle.TITLE;
import static io.shoreline.portal.web.scorecards.ScorecardPdfStyle.cell;
import static io.shoreline.portal.web.scorecards.ScorecardPdfStyle.printable;
import static io.shoreline.portal.web.scorecards.ScorecardPdfStyle.status;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.shoreline.portal.scorecards.Figure;
import io.shoreline.portal.scorecards.KpiLine;
import io.shoreline.portal.scorecards.Perspective;
import io.shoreline.portal.scorecards.Rag;
import io.shoreline.portal.scorecards.Scorecard;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * A period's scorecard as a PDF, in the viewer's language: the overall score and its colour with
 * the period before, how periods are counted, then a table per perspective (figure, target, status,
 * the period before, trend, weight and where the figure comes from). A4 landscape, so a KPI's row
 * reads on one line; the time it was made is on the viewer's clock.
 */
public class ScorecardPdf {

  private static final float[] KPI_COLUMNS = {2.6f, 1.3f, 1.3f, 1.1f, 1.6f, 1.1f, 0.7f, 2.8f};
  private static final List<String> KPI_HEADS =
      List.of(
          "scorecard.kpi",
          "scorecard.actual",
          "scorecard.target",
          "scorecard.status",
          "scorecard.previousPeriod",
          "scorecard.export.trend",
          "scorecard.weight",
          "scorecard.source");

  private final Scorecard card;
  private final String workspaceName;
  private final String clientName;
  private final ZoneId viewerZone;
  private final Instant generatedAt;
  private final ScorecardTexts texts;

  public ScorecardPdf(
      Scorecard card,
      String workspaceName,
      String clientName,
      ZoneId viewerZone,
      Locale locale,
      Instant generatedAt) {
    this.card = card;
    this.workspaceName = workspaceName;
    this.clientName = clientName;
    this.viewerZone = viewerZone;
    this.generatedAt = generatedAt;
    this.texts = new ScorecardTexts(locale);
  }

  public void write(OutputStream out) throws IOException {
    Document document = new Document(PageSize.A4.rotate(), 40, 40, 40, 54);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setPageEvent(
          new ScorecardPdfStyle.Footer(
              workspaceName + " · " + title(), texts.text("scorecard.export.page")));
      document.addTitle(printable(workspaceName + " · " + title()));
      document.open();
      summary(document);
      if (card.lines().isEmpty()) {
        document.add(paragraph(texts.text("scorecard.noKpis"), MUTED, 12));
      }
      for (Perspective perspective : Perspective.values()) {
        List<KpiLine> lines =
            card.lines().stream().filter(l -> l.kpi().getPerspective() == perspective).toList();
        if (!lines.isEmpty()) {
          perspective(document, perspective, lines);
        }
      }
      document.close();
    } catch (DocumentException e) {
      throw new IOException("the scorecard's PDF could not be laid out", e);
    }
  }

  private String title() {
    return texts.text("scorecard.title") + " · " + texts.period(card.period());
  }

  private void summary(Document document) {
    document.add(new Paragraph(printable(title()), TITLE));
    document.add(paragraph(workspaceName, HEADING, 2));
    PdfPTable facts = ScorecardPdfStyle.table(new float[] {1, 3});
    facts.setWidthPercentage(60);
    facts.setHorizontalAlignment(PdfPTable.ALIGN_LEFT);
    fact(
        facts,
        "scorecard.export.period",
        texts.period(card.period()) + " (" + card.period().key() + ")");
    score(facts, "scorecard.overall", card.getScore(), card.getRag());
    score(facts, "scorecard.previousPeriod", card.getPreviousScore(), card.getPreviousRag());
    fact(facts, "scorecard.export.generated", texts.moment(generatedAt, viewerZone));
    document.add(facts);
    document.add(
        paragraph(texts.format("scorecard.zoneNote", clientName, card.zone().getId()), MUTED, 6));
  }

  private void fact(PdfPTable facts, String label, String value) {
    facts.addCell(cell(texts.text(label), BOLD));
    facts.addCell(cell(value, BODY));
  }

  private void score(PdfPTable facts, String label, BigDecimal score, Rag rag) {
    facts.addCell(cell(texts.text(label), BOLD));
    facts.addCell(status(texts.score(score) + " · " + texts.rag(rag), rag));
  }

  private void perspective(Document document, Perspective perspective, List<KpiLine> lines) {
    PdfPTable table = ScorecardPdfStyle.table(KPI_COLUMNS);
    table.setSpacingBefore(12);
    // the heading is a header row: never left alone at a page's foot, repeated on the next page
    table.setHeaderRows(2);
    table.addCell(
        ScorecardPdfStyle.heading(
            texts.text("scorecard.perspective." + perspective), KPI_COLUMNS.length));
    KPI_HEADS.forEach(head -> table.addCell(cell(texts.text(head), BOLD)));
    for (KpiLine line : lines) {
      String unit = line.kpi().getUnit();
      Figure now = line.current();
      Figure before = line.previous();
      table.addCell(cell(line.kpi().getName(), BODY));
      table.addCell(cell(texts.figure(now.value(), unit), BODY));
      table.addCell(
          cell(
              line.terms() == null
                  ? texts.text("scorecard.noTerms")
                  : texts.figure(line.terms().getTarget(), unit),
              BODY));
      table.addCell(status(texts.rag(now.rag()), now.rag()));
      table.addCell(cell(previous(before, unit), BODY));
      table.addCell(cell(texts.text("scorecard.export.trend." + line.trend()), BODY));
      table.addCell(cell(line.terms() == null ? "" : line.terms().getWeight() + "", BODY));
      table.addCell(cell(texts.source(line.kpi(), now.provenance()), BODY));
    }
    document.add(table);
  }

  /** "91.5 % (Green)": the figure of the period before and, when it had one, its colour. */
  private String previous(Figure before, String unit) {
    String figure = texts.figure(before.value(), unit);
    return before.rag() == Rag.NONE ? figure : figure + " (" + texts.rag(before.rag()) + ")";
  }

  private static Paragraph paragraph(String text, com.lowagie.text.Font font, float before) {
    Paragraph paragraph = new Paragraph(printable(text), font);
    paragraph.setSpacingBefore(before);
    return paragraph;
  }
}
