package org.incubator.web.training;

import com.lowagie.text.Document;
import java.time.Duration;
import java.util.Locale;
import org.incubator.training.ModuleStanding;
import org.incubator.training.TrainingCertificate;
import org.incubator.web.shared.Labels;
import org.incubator.web.shared.PdfLetter;

/**
 * Writes a {@link TrainingCertificate} as a {@link PdfLetter} in the reader's language: who
 * completed the training, and module by module the hours attended over the hours held.
 */
public final class CertificatePdf extends PdfLetter {

  private final TrainingCertificate certificate;

  private CertificatePdf(TrainingCertificate certificate, Locale locale) {
    super(locale);
    this.certificate = certificate;
  }

  public static byte[] render(TrainingCertificate certificate, Locale locale) {
    return new CertificatePdf(certificate, locale).write();
  }

  /** The file name the browser saves the certificate under. */
  public static String fileName(TrainingCertificate certificate, Locale locale) {
    return "certificate-" + certificate.reference() + "-" + locale.getLanguage() + ".pdf";
  }

  @Override
  protected String documentTitle() {
    return say("certificate.title");
  }

  @Override
  protected void layOut(Document document) {
    add(document, block(12, cell(say("letter.centre"), strong, 0)));
    add(
        document,
        block(
            4,
            cell(say("letter.reference", certificate.reference()), text, 0),
            cell(say("letter.date", Labels.longDate(locale, certificate.trainedOn())), text, 0)));
    add(document, block(24, cell(say("certificate.title"), title, 0)));
    add(
        document,
        block(
            12,
            cell(
                say(
                    "certificate.body",
                    certificate.holderName(),
                    certificate.cin(),
                    certificate.cohortName(),
                    certificate.callName(),
                    Labels.longDate(locale, certificate.trainedOn())),
                text,
                0)));
    var modules =
        table(
            new float[] {5, 2, 1.6f},
            say("training.module.title"),
            say("certificate.hours"),
            say("certificate.rate"));
    for (ModuleStanding module : certificate.modules()) {
      modules.addCell(cell(module.getModule().titleIn(locale), text, 0.5f));
      modules.addCell(
          numberCell(
              Labels.inHours(module.getAttended()) + " / " + Labels.inHours(module.getHeld()),
              text));
      modules.addCell(numberCell(module.getRate() == null ? "" : module.getRate() + " %", text));
    }
    modules.addCell(cell(say("letter.total"), strong, 0.5f));
    modules.addCell(
        numberCell(
            Labels.inHours(Duration.ofMinutes(certificate.attendedMinutes()))
                + " / "
                + Labels.inHours(Duration.ofMinutes(certificate.heldMinutes())),
            strong));
    modules.addCell(cell("", text, 0.5f));
    add(document, modules);
    add(
        document,
        block(
            6,
            cell(
                say("certificate.curriculum", String.valueOf(certificate.curriculumNumber())),
                small,
                0)));
    add(document, block(28, cell(say("letter.signature"), strong, 0)));
    add(document, block(30, cell(say("certificate.footer", certificate.reference()), small, 0)));
  }
}
