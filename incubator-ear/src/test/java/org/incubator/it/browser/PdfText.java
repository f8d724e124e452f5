package org.incubator.it.browser;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text a reader copies out of a PDF, with Arabic letter forms folded back to plain letters. */
final class PdfText {

  private PdfText() {}

  static String of(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
    } catch (IOException e) {
      throw new IllegalStateException("Not a readable PDF", e);
    }
  }
}
