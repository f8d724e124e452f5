package org.incubator.web.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.incubator.shared.TitlesInThreeLanguages;
import org.incubator.training.CurriculumVersion;
import org.incubator.training.ModuleDetails;
import org.incubator.training.PlannedSession;
import org.incubator.training.Presence;
import org.incubator.training.TrainingCertificate;
import org.incubator.training.TrainingModule;
import org.incubator.training.TrainingStanding;
import org.incubator.training.TrainingTrack;
import org.junit.jupiter.api.Test;

/** Certificates of completion read back from the PDF, as a reader's PDF viewer shows them. */
class CertificatePdfTest {

  private static final Instant TRAINED_ON = Instant.parse("2027-05-20T11:00:00Z");

  @Test
  void aCertificateInFrenchNamesThePersonTheCohortAndTheHoursOfEachModule() throws IOException {
    String text = textOf(CertificatePdf.render(certificate(), Locale.FRENCH), "certificate-fr");

    assertTrue(text.contains("Attestation de fin de formation"), text);
    assertTrue(text.contains("Référence : FORM-77"), text);
    assertTrue(text.contains("Latifa Bouchaib (CIN BH200211)"), text);
    assertTrue(text.contains("Cohorte 2026 — Hay Mohammadi"), text);
    assertTrue(text.contains("20 mai 2027"), text);
    assertTrue(text.contains("Tenue de caisse et comptabilité simple"), text);
    assertTrue(text.contains("9 / 12"), "hours attended over hours held: " + text);
    assertTrue(text.contains("75.0 %"), text);
    assertTrue(text.contains("15 / 18"), "the whole training: " + text);
    assertTrue(text.contains("version 2"), text);
  }

  @Test
  void certificatesInTheThreeLanguagesAreOnePageEachInTheirLanguage() throws IOException {
    for (String language : List.of("ar", "fr", "en")) {
      byte[] pdf = CertificatePdf.render(certificate(), Locale.forLanguageTag(language));
      String text =
          Normalizer.normalize(textOf(pdf, "certificate-" + language), Normalizer.Form.NFKC);
      assertTrue(text.contains("FORM-77"), language);
      try (PDDocument document = Loader.loadPDF(pdf)) {
        assertEquals(1, document.getNumberOfPages(), language);
        assertEquals(language, document.getDocumentCatalog().getLanguage());
      }
    }
    String arabic =
        Normalizer.normalize(
            textOf(CertificatePdf.render(certificate(), Locale.forLanguageTag("ar")), "ar"),
            Normalizer.Form.NFKC);
    assertTrue(arabic.contains("شهادة إتمام التكوين"), arabic);
    assertTrue(arabic.contains("مسك الحسابات والصندوق"), "the module's Arabic title: " + arabic);
  }

  private static TrainingCertificate certificate() {
    var track =
        new TrainingTrack(
            "MANAGERIAL", new TitlesInThreeLanguages("تدبير", "Gestion", "Managerial"), 1);
    CurriculumVersion curriculum = CurriculumVersion.first("admin", TRAINED_ON);
    TrainingModule bookkeeping =
        curriculum.addModule(
            track,
            details(
                "مسك الحسابات والصندوق",
                "Tenue de caisse et comptabilité simple",
                "Bookkeeping and cash",
                12));
    TrainingModule pricing =
        curriculum.addModule(
            track, details("الأسعار والتكاليف", "Prix et coûts", "Pricing and costs", 6));
    List<PlannedSession> sessions = new ArrayList<>();
    for (Presence presence :
        List.of(Presence.PRESENT, Presence.LATE, Presence.EXCUSED, Presence.PRESENT)) {
      sessions.add(new PlannedSession(bookkeeping, Duration.ofHours(3), true, presence));
    }
    sessions.add(new PlannedSession(pricing, Duration.ofHours(3), true, Presence.PRESENT));
    sessions.add(new PlannedSession(pricing, Duration.ofHours(3), true, Presence.PRESENT));
    TrainingStanding standing = TrainingStanding.of(List.of(bookkeeping, pricing), sessions);
    return new TrainingCertificate(
        77L,
        "Latifa Bouchaib",
        "BH200211",
        "Cohorte 2026 — Hay Mohammadi",
        "Appel 2026 — Hay Mohammadi",
        2,
        TRAINED_ON,
        standing.getModules(),
        standing.getAttendedMinutes(),
        standing.getHeldMinutes());
  }

  private static ModuleDetails details(String arabic, String french, String english, int hours) {
    var details = new ModuleDetails();
    details.setTitleAr(arabic);
    details.setTitleFr(french);
    details.setTitleEn(english);
    details.setPlannedHours(hours);
    details.setThreshold(75);
    return details;
  }

  /** The text a reader copies out, the page kept as an image in target/ to look at. */
  private static String textOf(byte[] pdf, String name) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      Path image = Path.of("target", "letters", name + ".png");
      Files.createDirectories(image.getParent());
      ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80), "png", image.toFile());
      // lines wrap where the page ends; a reader reads on
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
