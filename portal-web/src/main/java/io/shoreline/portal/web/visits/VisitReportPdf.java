package io.shoreline.portal.web.visits;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.GrayColor;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import io.shoreline.portal.visits.ActionRow;
import io.shoreline.portal.visits.AreaRating;
import io.shoreline.portal.visits.Finding;
import io.shoreline.portal.visits.Participant;
import io.shoreline.portal.visits.PhotoInfo;
import io.shoreline.portal.visits.SignOff;
import io.shoreline.portal.visits.SiteVisit;
import io.shoreline.portal.visits.VisitAmendment;
import io.shoreline.portal.visits.VisitArea;
import io.shoreline.portal.visits.VisitReport;
import io.shoreline.portal.visits.VisitStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * The layout of a visit's report as a PDF: plan, people, agenda, findings with their photos,
 * ratings, actions, notes and signatures, amendments last. Until both sides signed it off every
 * page says it is a draft. All text goes in as plain text chunks: nothing a person wrote is ever
 * read as markup.
 */
public class VisitReportPdf {

  private static final String BUNDLE = "io.shoreline.portal.web.messages";
  private static final float PHOTO_WIDTH = 240;
  private static final float PHOTO_HEIGHT = 180;
  private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
  private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
  private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
  private static final Font BODY = new Font(Font.HELVETICA, 10);
  private static final Font MUTED = new Font(Font.HELVETICA, 9, Font.ITALIC, new GrayColor(0.4f));
  private static final Font BANNER = new Font(Font.HELVETICA, 12, Font.BOLD, new GrayColor(0.3f));

  private final VisitReport report;
  private final String workspaceName;
  private final ZoneId viewerZone;
  private final Locale locale;
  private final ResourceBundle texts;
  private final LongFunction<byte[]> photos;

  /**
   * @param photos a photo's bytes by its id (the report lists photos without them)
   */
  public VisitReportPdf(
      VisitReport report,
      String workspaceName,
      ZoneId viewerZone,
      Locale locale,
      LongFunction<byte[]> photos) {
    this.report = report;
    this.workspaceName = workspaceName;
    this.viewerZone = viewerZone;
    this.locale = locale;
    this.texts = ResourceBundle.getBundle(BUNDLE, locale);
    this.photos = photos;
  }

  /** "visit-lisbon-2026-12-03.pdf": the site and the first day on the site's clock. */
  public static String fileName(SiteVisit visit) {
    String site =
        visit
            .getSiteName()
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-|-$", "");
    String day = visit.getStartsAt().atZone(ZoneId.of(visit.getSiteTimeZone())).toLocalDate() + "";
    return "visit-" + (site.isEmpty() ? "site" : site) + "-" + day + ".pdf";
  }

  public void write(OutputStream out) throws IOException {
    Document document = new Document(PageSize.A4, 48, 48, 54, 54);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      if (!isSigned()) {
        writer.setPageEvent(new DraftWatermark(text("report.draft")));
      }
      document.addTitle(title());
      document.open();
      header(document);
      people(document);
      agenda(document);
      findings(document);
      ratings(document);
      actions(document);
      notes(document);
      signOffs(document, 0);
      amendments(document);
      document.close();
    } catch (DocumentException e) {
      throw new IOException("the report's PDF could not be laid out", e);
    }
  }

  private boolean isSigned() {
    return report.visit().getStatus() == VisitStatus.SIGNED_OFF;
  }

  private String title() {
    return format("report.pdfTitle", report.visit().getSiteName());
  }

  private void header(Document document) {
    SiteVisit visit = report.visit();
    document.add(new Paragraph(title(), TITLE));
    if (!isSigned()) {
      Paragraph banner = new Paragraph(text("report.draft"), BANNER);
      banner.setSpacingBefore(4);
      document.add(banner);
    }
    ZoneId site = ZoneId.of(visit.getSiteTimeZone());
    PdfPTable facts = table(new float[] {1, 3});
    row(facts, text("report.workspace"), workspaceName);
    row(facts, text("report.site"), visit.getSiteName() + " (" + visit.getSiteCity() + ")");
    row(facts, text("report.siteTime"), period(visit, site));
    if (!site.equals(viewerZone)) {
      row(facts, text("report.yourTime"), period(visit, viewerZone));
    }
    row(facts, text("report.status"), text("report.status." + visit.getStatus()));
    row(facts, text("report.purpose"), visit.getPurpose());
    document.add(facts);
  }

  private void people(Document document) {
    section(document, "report.people");
    PdfPTable people = table(new float[] {1, 3});
    row(people, text("report.visitors"), names(report.visitors()));
    row(people, text("report.hosts"), names(report.hosts()));
    document.add(people);
  }

  private void agenda(Document document) {
    section(document, "report.agenda");
    if (report.agenda().isEmpty()) {
      document.add(new Paragraph(text("report.none"), MUTED));
    }
    int number = 1;
    for (var point : report.agenda()) {
      document.add(new Paragraph(number++ + ". " + point.getText(), BODY));
    }
  }

  private void findings(Document document) throws DocumentException {
    section(document, "report.findings");
    if (report.findings().isEmpty()) {
      document.add(new Paragraph(text("report.none"), MUTED));
    }
    for (Finding finding : report.findings()) {
      Paragraph head = new Paragraph();
      head.setSpacingBefore(6);
      head.add(new Chunk(text("visits.area." + finding.getArea()), BOLD));
      head.add(new Chunk(" · " + text("visits.severity." + finding.getSeverity()), BOLD));
      document.add(head);
      document.add(new Paragraph(finding.getText(), BODY));
      for (PhotoInfo photo : report.photosOf(finding)) {
        document.add(photo(photo));
      }
    }
  }

  /** The photo scaled into a box, or its name when it is a kind of image PDF cannot hold. */
  private Element photo(PhotoInfo info) {
    try {
      Image image = Image.getInstance(photos.apply(info.id()));
      image.scaleToFit(PHOTO_WIDTH, PHOTO_HEIGHT);
      image.setSpacingBefore(4);
      return image;
    } catch (IOException | RuntimeException e) {
      return new Paragraph(format("report.photoNotShown", info.fileName()), MUTED);
    }
  }

  private void ratings(Document document) {
    section(document, "report.ratings");
    if (report.ratings().isEmpty()) {
      document.add(new Paragraph(text("report.none"), MUTED));
      return;
    }
    PdfPTable ratings = table(new float[] {2, 1});
    for (VisitArea area : VisitArea.values()) {
      AreaRating rating = report.ratings().get(area);
      if (rating != null) {
        row(ratings, text("visits.area." + area), rating.getScore() + " / " + AreaRating.HIGHEST);
      }
    }
    document.add(ratings);
  }

  private void actions(Document document) {
    section(document, "report.actions");
    if (report.actions().isEmpty()) {
      document.add(new Paragraph(text("report.none"), MUTED));
      return;
    }
    PdfPTable actions = table(new float[] {4, 2, 2, 2});
    actions.setHeaderRows(1);
    for (String head :
        List.of("report.action", "report.owner", "report.due", "report.actionStatus")) {
      actions.addCell(cell(text(head), BOLD));
    }
    for (ActionRow row : report.actions()) {
      actions.addCell(cell(row.item().getTitle(), BODY));
      actions.addCell(cell(row.ownerName(), BODY));
      actions.addCell(cell(day(row.item().getDueOn()), BODY));
      actions.addCell(cell(text("actions.status." + row.item().getStatus()), BODY));
    }
    document.add(actions);
  }

  private void notes(Document document) {
    section(document, "report.notes");
    String notes = report.visit().getNotes();
    boolean none = notes == null || notes.isBlank();
    document.add(new Paragraph(none ? text("report.none") : notes, none ? MUTED : BODY));
  }

  private void signOffs(Document document, int amendment) {
    List<SignOff> signatures = report.signOffsOf(amendment);
    Paragraph head = new Paragraph(text("report.signOffs"), amendment == 0 ? HEADING : BOLD);
    head.setSpacingBefore(amendment == 0 ? 12 : 4);
    document.add(head);
    if (signatures.isEmpty()) {
      document.add(new Paragraph(text("report.notSigned"), MUTED));
    }
    for (SignOff signature : signatures) {
      document.add(
          new Paragraph(
              format(
                  "report.signedBy",
                  signature.getSignerName(),
                  text("report.side." + signature.getSide()),
                  moment(signature.getSignedAt(), viewerZone)),
              BODY));
    }
  }

  private void amendments(Document document) {
    for (VisitAmendment amendment : report.amendments()) {
      Paragraph head = new Paragraph(format("report.amendment", amendment.getNumber()), HEADING);
      head.setSpacingBefore(12);
      document.add(head);
      document.add(
          new Paragraph(
              format(
                  "report.writtenBy",
                  report.nameOf(amendment.getWrittenBy()),
                  moment(amendment.getWrittenAt(), viewerZone)),
              MUTED));
      document.add(new Paragraph(amendment.getText(), BODY));
      signOffs(document, amendment.getNumber());
    }
  }

  private void section(Document document, String key) {
    Paragraph head = new Paragraph(text(key), HEADING);
    head.setSpacingBefore(12);
    head.setSpacingAfter(4);
    document.add(head);
  }

  private static PdfPTable table(float[] widths) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setSpacingBefore(6);
    return table;
  }

  private static void row(PdfPTable table, String label, String value) {
    table.addCell(cell(label, BOLD));
    table.addCell(cell(value, BODY));
  }

  private static PdfPCell cell(String value, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, font));
    cell.setBorderColor(new GrayColor(0.8f));
    cell.setPadding(4);
    return cell;
  }

  private String names(List<Participant> people) {
    return people.isEmpty()
        ? text("report.none")
        : people.stream().map(Participant::name).collect(Collectors.joining(", "));
  }

  private String period(SiteVisit visit, ZoneId zone) {
    return moment(visit.getStartsAt(), zone) + " – " + moment(visit.getEndsAt(), zone);
  }

  private String moment(Instant instant, ZoneId zone) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale)
            .format(instant.atZone(zone))
        + " ("
        + zone.getId()
        + ")";
  }

  private String day(java.time.LocalDate date) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
  }

  private String text(String key) {
    return texts.containsKey(key) ? texts.getString(key) : key;
  }

  private String format(String key, Object... arguments) {
    return new MessageFormat(text(key), locale).format(arguments);
  }

  /** "Draft" across every page, under the text, until the report is signed off. */
  private static final class DraftWatermark extends PdfPageEventHelper {

    private final String text;

    DraftWatermark(String text) {
      this.text = text;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      PdfContentByte under = writer.getDirectContentUnder();
      Font font = new Font(Font.HELVETICA, 40, Font.BOLD, new GrayColor(0.88f));
      float x = (document.right() + document.left()) / 2;
      float y = (document.top() + document.bottom()) / 2;
      ColumnText.showTextAligned(under, Element.ALIGN_CENTER, new Phrase(text, font), x, y, 45);
    }
  }
}
