package org.incubator.web.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.incubator.grant.DecisionLetter;
import org.incubator.grant.GrantLine;
import org.incubator.grant.TranchePlan;
import org.incubator.grant.UseCategory;
import org.incubator.shared.Money;
import org.junit.jupiter.api.Test;

/** Decision letters read back from the PDF, as a reader's PDF viewer would show them. */
class DecisionLetterPdfTest {

  private static final Instant DECIDED = Instant.parse("2027-03-14T10:15:00Z");
  private static final Money AMOUNT = Money.mad("25000.00");

  @Test
  void anApprovalInFrenchStatesTheAmountItsUseAndTheTranches() throws IOException {
    String text = textOf(DecisionLetterPdf.render(approval(), Locale.FRENCH), "approval-fr");

    assertTrue(text.contains("lettre d’accord"), text);
    assertTrue(text.contains("Référence : SG-42-2"), text);
    assertTrue(text.contains("14 mars 2027"), text);
    assertTrue(text.contains("Salma Idrissi (CIN BK123456)"), text);
    assertTrue(text.contains("25 000,00 MAD") || text.contains("25\u202f000,00 MAD"), text);
    assertTrue(text.contains("INDH 2027"), text);
    assertTrue(text.contains("Four à pain"), text);
    assertTrue(text.contains("Fonds de roulement"), text);
    assertTrue(
        text.contains("15 000,00 MAD") || text.contains("15\u202f000,00 MAD"),
        "60 % of the amount: " + text);
    assertTrue(
        text.contains("10 000,00 MAD") || text.contains("10\u202f000,00 MAD"),
        "40 % of the amount: " + text);
    assertTrue(text.contains("Activité lancée"), text);
    assertTrue(text.contains("Nadia Reviewer, Karim Reviewer"), text);
    assertFalse(text.contains("motif"), "an approval gives no reason for refusal: " + text);
  }

  @Test
  void aRejectionInArabicGivesTheReasonRightToLeftWithJoinedLetters() throws IOException {
    byte[] pdf = DecisionLetterPdf.render(rejection(), Locale.forLanguageTag("ar"));
    String text = Normalizer.normalize(textOf(pdf, "rejection-ar"), Normalizer.Form.NFKC);

    assertTrue(text.contains("رسالة القرار"), text);
    assertTrue(text.contains("السبب المذكور"), text);
    assertTrue(
        text.contains("المشروع غير مكتمل"),
        "the reviewer's reason, in the reviewer's words: " + text);
    assertTrue(text.contains("SG-42-2"), text);
    assertTrue(
        text.contains("25,000.00") || text.contains("25\u00a0000,00") || text.contains("25.000,00"),
        "Western digits: " + text);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFont font =
          document
              .getPage(0)
              .getResources()
              .getFont(document.getPage(0).getResources().getFontNames().iterator().next());
      assertTrue(
          font.getName().contains("DejaVuSans"),
          "the font travels inside the letter: " + font.getName());
    }
  }

  @Test
  void lettersInTheThreeLanguagesAreDifferentDocumentsOfOnePage() throws IOException {
    for (String language : List.of("ar", "fr", "en")) {
      byte[] pdf = DecisionLetterPdf.render(approval(), Locale.forLanguageTag(language));
      assertTrue(textOf(pdf, "approval-" + language).contains("SG-42-2"), language);
      try (PDDocument document = Loader.loadPDF(pdf)) {
        assertEquals(1, document.getNumberOfPages(), language);
        assertEquals(language, document.getDocumentCatalog().getLanguage());
      }
    }
  }

  private static DecisionLetter approval() {
    List<GrantLine> lines =
        List.of(
            new GrantLine(UseCategory.EQUIPMENT, "Four à pain", Money.mad("18000.00")),
            new GrantLine(UseCategory.WORKING_CAPITAL, "Farine et levure", Money.mad("7000.00")));
    return new DecisionLetter(
        42,
        2,
        true,
        "Salma Idrissi",
        "BK123456",
        "Appel 2027 — Casablanca-Settat",
        "INDH 2027",
        "Initiative nationale pour le développement humain",
        AMOUNT,
        lines,
        TranchePlan.standard().split(AMOUNT),
        DECIDED,
        List.of("Nadia Reviewer", "Karim Reviewer"),
        "Projet solide.");
  }

  private static DecisionLetter rejection() {
    return new DecisionLetter(
        42,
        2,
        false,
        "سلمى الإدريسي",
        "BK123456",
        "Appel 2027 — Casablanca-Settat",
        "INDH 2027",
        "INDH",
        AMOUNT,
        List.of(new GrantLine(UseCategory.EQUIPMENT, "فرن", AMOUNT)),
        TranchePlan.standard().split(AMOUNT),
        DECIDED,
        List.of("Nadia Reviewer"),
        "المشروع غير مكتمل بعد");
  }

  /**
   * The text a reader copies out of the letter; the first page is also kept as an image in target/
   * to look at.
   */
  private static String textOf(byte[] pdf, String name) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      Path image = Path.of("target", "letters", name + ".png");
      Files.createDirectories(image.getParent());
      ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80), "png", image.toFile());
      return new PDFTextStripper().getText(document);
    }
  }
}
