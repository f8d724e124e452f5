package org.incubator.web.starterkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.incubator.applicant.Trade;
import org.incubator.shared.Money;
import org.incubator.shared.TitlesInThreeLanguages;
import org.incubator.starterkit.Confirmation;
import org.incubator.starterkit.ReceiptFacts;
import org.junit.jupiter.api.Test;

/** Kit receipts read back from the PDF, as the person and an auditor see them. */
class ReceiptPdfTest {

  @Test
  void aSignedReceiptInFrenchListsArticlesSerialsValuesTheCommitmentsAndTheSignature()
      throws IOException {
    byte[] pdf =
        ReceiptPdf.render(receipt(Confirmation.SIGNED_ON_SCREEN, signature()), Locale.FRENCH);
    String text = textOf(pdf, "receipt-fr");
    assertTrue(text.contains("Reçu de remise du kit de démarrage"), text);
    assertTrue(text.contains("KIT-31"), text);
    assertTrue(text.contains("Amina Tazi (CIN BE778812)"), text);
    assertTrue(text.contains("Machine à coudre industrielle"), text);
    assertTrue(text.contains("SM-2026-0007"), text);
    assertTrue(text.contains("Ciseaux de tailleur"), text);
    assertTrue(text.contains("456,50 MAD"), "the kit’s total: " + text);
    assertTrue(text.contains("propriété du centre jusqu’à ma sortie"), text);
    assertTrue(text.contains("a signé ce reçu sur l’écran du mentor"), text);
    assertTrue(images(pdf) > 0, "the signature drawn is on the receipt");
  }

  @Test
  void aReceiptConfirmedOnThePhoneSaysSoInEveryLanguage() throws IOException {
    for (String language : List.of("ar", "fr", "en")) {
      byte[] pdf =
          ReceiptPdf.render(
              receipt(Confirmation.CONFIRMED_ON_PHONE, null), Locale.forLanguageTag(language));
      String text =
          Normalizer.normalize(textOf(pdf, "receipt-phone-" + language), Normalizer.Form.NFKC);
      assertTrue(text.contains("amina.tazi"), language + ": the account that confirmed: " + text);
      assertEquals(0, images(pdf), language);
      try (PDDocument document = Loader.loadPDF(pdf)) {
        assertEquals(1, document.getNumberOfPages(), language);
        assertEquals(language, document.getDocumentCatalog().getLanguage());
      }
      if (language.equals("ar")) {
        assertTrue(text.contains("وصل تسلّم عُدّة الانطلاق") || text.contains("الانطلاق"), text);
        assertTrue(text.contains("ماكينة خياطة"), text);
      }
    }
    assertFalse(
        textOf(
                ReceiptPdf.render(receipt(Confirmation.CONFIRMED_ON_PHONE, null), Locale.ENGLISH),
                "en")
            .contains("signed this receipt"));
  }

  private static ReceiptFacts receipt(Confirmation how, byte[] signature) {
    return new ReceiptFacts(
        31L,
        "Amina Tazi",
        "BE778812",
        "Cohorte 2025 — Hay Mohammadi",
        Trade.SEWING_TEXTILE,
        2,
        List.of(
            new ReceiptFacts.Line(
                new TitlesInThreeLanguages(
                    "ماكينة خياطة صناعية",
                    "Machine à coudre industrielle",
                    "Industrial sewing machine"),
                1,
                Money.mad("4200.00"),
                Money.mad("4200.00"),
                List.of("SM-2026-0007")),
            new ReceiptFacts.Line(
                new TitlesInThreeLanguages("مقص خياطة", "Ciseaux de tailleur", "Tailor's scissors"),
                3,
                Money.mad("85.50"),
                Money.mad("256.50"),
                List.of())),
        Money.mad("4456.50"),
        LocalDate.of(2026, 11, 20),
        "Centre Hay Mohammadi",
        "mentor",
        how,
        "amina.tazi",
        Instant.parse("2026-11-20T10:15:00Z"),
        signature);
  }

  /** A signature as the pad draws it: a stroke on a transparent image. */
  private static byte[] signature() throws IOException {
    var image = new BufferedImage(300, 120, BufferedImage.TYPE_INT_ARGB);
    var pen = image.createGraphics();
    pen.setColor(Color.BLACK);
    pen.setStroke(new BasicStroke(3));
    pen.drawLine(20, 80, 120, 30);
    pen.drawLine(120, 30, 260, 90);
    pen.dispose();
    var out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static int images(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      int count = 0;
      var resources = document.getPage(0).getResources();
      for (COSName name : resources.getXObjectNames()) {
        if (resources.getXObject(name) instanceof PDImageXObject) {
          count++;
        }
      }
      return count;
    }
  }

  private static String textOf(byte[] pdf, String name) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      Path image = Path.of("target", "letters", name + ".png");
      Files.createDirectories(image.getParent());
      ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80), "png", image.toFile());
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
