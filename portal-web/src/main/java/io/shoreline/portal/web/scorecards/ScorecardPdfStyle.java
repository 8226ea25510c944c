package io.shoreline.portal.web.scorecards;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.GrayColor;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import io.shoreline.portal.scorecards.Rag;
import java.awt.Color;

/**
 * How the scorecard's PDF looks: Helvetica, table cells, a status cell tinted by its colour (its
 * word is always written too, for black-and-white prints and for people who do not tell colours
 * apart) and a footer on every page. Text always goes in as plain chunks.
 */
final class ScorecardPdfStyle {

  static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
  static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
  static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
  static final Font BODY = new Font(Font.HELVETICA, 9);
  static final Font MUTED = new Font(Font.HELVETICA, 8, Font.ITALIC, new GrayColor(0.4f));

  private static final Color BORDER = new GrayColor(0.8f);

  private ScorecardPdfStyle() {}

  static PdfPTable table(float[] widths) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setSpacingBefore(6);
    return table;
  }

  static PdfPCell cell(String value, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(printable(value), font));
    cell.setBorderColor(BORDER);
    cell.setPadding(4);
    return cell;
  }

  /** A table's heading: a borderless first row across every column. */
  static PdfPCell heading(String text, int columns) {
    PdfPCell cell = new PdfPCell(new Phrase(printable(text), HEADING));
    cell.setColspan(columns);
    cell.setBorder(PdfPCell.NO_BORDER);
    cell.setPaddingLeft(0);
    cell.setPaddingBottom(6);
    return cell;
  }

  /** A status as a tinted cell that also says it in words. */
  static PdfPCell status(String word, Rag rag) {
    PdfPCell cell = cell(word, BOLD);
    cell.setBackgroundColor(tint(rag));
    return cell;
  }

  static Color tint(Rag rag) {
    return switch (rag == null ? Rag.NONE : rag) {
      case GREEN -> new Color(0xCD, 0xEF, 0xD6);
      case AMBER -> new Color(0xFF, 0xE4, 0xA8);
      case RED -> new Color(0xF8, 0xC6, 0xC6);
      case NONE -> new GrayColor(0.93f);
    };
  }

  /**
   * The text as Helvetica can draw it: Java writes French thousands with a narrow no-break space,
   * which the font does not have, so it becomes the no-break space it has.
   */
  static String printable(String text) {
    return text == null ? "" : text.replace('\u202F', '\u00A0');
  }

  /** Every page's foot: what the document is (left) and the page number (right). */
  static final class Footer extends PdfPageEventHelper {

    private final String what;
    private final String pageText;

    /**
     * @param pageText the page number's text, with "{0}" where the number goes
     */
    Footer(String what, String pageText) {
      this.what = printable(what);
      this.pageText = pageText;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      float y = document.bottom() - 20;
      ColumnText.showTextAligned(
          writer.getDirectContent(),
          Element.ALIGN_LEFT,
          new Phrase(what, MUTED),
          document.left(),
          y,
          0);
      ColumnText.showTextAligned(
          writer.getDirectContent(),
          Element.ALIGN_RIGHT,
          new Phrase(pageText.replace("{0}", Integer.toString(writer.getPageNumber())), MUTED),
          document.right(),
          y,
          0);
    }
  }
}
