package org.incubator.it.browser;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text a reader copies out of a PDF, with Arabic letter forms folded back to plain letters. */
final class PdfText {

  private PdfText() {}

  /** How many images the first page shows (a signature drawn, say). */
  static int imagesOnFirstPage(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      var resources = document.getPage(0).getResources();
      int images = 0;
      for (var name : resources.getXObjectNames()) {
        if (resources.getXObject(name) instanceof PDImageXObject) {
          images++;
        }
      }
      return images;
    } catch (IOException e) {
      throw new IllegalStateException("Not a readable PDF", e);
    }
  }

  static String of(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
    } catch (IOException e) {
      throw new IllegalStateException("Not a readable PDF", e);
    }
  }
}
