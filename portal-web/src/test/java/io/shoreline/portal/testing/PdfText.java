package io.shoreline.portal.testing;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The text a PDF's pages show, page after page, read back with the library that wrote it. */
public final class PdfText {

  private PdfText() {}

  public static String of(byte[] pdf) {
    try {
      PdfReader reader = new PdfReader(pdf);
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("not a readable PDF", e);
    }
  }
}
