package org.incubator.web.starterkit;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfPCell;
import java.io.IOException;
import java.time.ZoneId;
import java.util.Locale;
import org.incubator.shared.CentreTime;
import org.incubator.starterkit.ReceiptFacts;
import org.incubator.web.shared.Labels;
import org.incubator.web.shared.PdfLetter;

/**
 * Writes the receipt of a kit handed over as a {@link PdfLetter} in the reader's language: who
 * received what (articles, quantities, serial numbers, values), from whom, when and where, what the
 * person commits to, and their signature or the confirmation from their phone.
 */
public final class ReceiptPdf extends PdfLetter {

  private static final ZoneId CENTRE_ZONE = CentreTime.ZONE;

  private final ReceiptFacts receipt;

  private ReceiptPdf(ReceiptFacts receipt, Locale locale) {
    super(locale);
    this.receipt = receipt;
  }

  public static byte[] render(ReceiptFacts receipt, Locale locale) {
    return new ReceiptPdf(receipt, locale).write();
  }

  public static String reference(ReceiptFacts receipt) {
    return "KIT-" + receipt.handoverId();
  }

  /** The file name the browser saves the receipt under. */
  public static String fileName(ReceiptFacts receipt, Locale locale) {
    return "receipt-" + reference(receipt) + "-" + locale.getLanguage() + ".pdf";
  }

  @Override
  protected String documentTitle() {
    return say("receipt.title");
  }

  @Override
  protected void layOut(Document document) {
    String handedOn =
        Labels.longDate(locale, receipt.handedOn().atStartOfDay(CENTRE_ZONE).toInstant());
    add(document, block(12, cell(say("letter.centre"), strong, 0)));
    add(
        document,
        block(
            4,
            cell(say("letter.reference", reference(receipt)), text, 0),
            cell(say("letter.date", handedOn), text, 0)));
    add(document, block(24, cell(say("receipt.title"), title, 0)));
    add(
        document,
        block(
            12,
            cell(
                say(
                    "receipt.body",
                    receipt.name(),
                    receipt.cin(),
                    receipt.cohort(),
                    handedOn,
                    receipt.place(),
                    receipt.handedBy(),
                    say("Trade." + receipt.trade().name()),
                    String.valueOf(receipt.kitNumber())),
                text,
                0)));
    var lines =
        table(
            new float[] {4, 1.2f, 3, 2},
            say("receipt.article"),
            say("receipt.quantity"),
            say("receipt.serials"),
            say("receipt.value"));
    for (ReceiptFacts.Line line : receipt.lines()) {
      lines.addCell(
          cell(
              switch (locale.getLanguage()) {
                case "ar" -> line.article().arabic();
                case "fr" -> line.article().french();
                default -> line.article().english();
              },
              text,
              0.5f));
      lines.addCell(numberCell(String.valueOf(line.quantity()), text));
      lines.addCell(cell(String.join(", ", line.serials()), text, 0.5f));
      lines.addCell(numberCell(Labels.money(locale, line.cost()), text));
    }
    lines.addCell(cell(say("letter.total"), strong, 0.5f));
    lines.addCell(cell("", text, 0.5f));
    lines.addCell(cell("", text, 0.5f));
    lines.addCell(numberCell(Labels.money(locale, receipt.total()), strong));
    add(document, lines);
    add(document, block(14, cell(say("receipt.commitments"), strong, 0)));
    add(document, block(2, cell(say("receipt.commitmentsText"), text, 0)));
    String confirmedAt = Labels.longDate(locale, receipt.confirmedAt());
    add(
        document,
        block(
            14,
            cell(
                say(
                    "receipt.confirmation." + receipt.confirmation().name(),
                    receipt.name(),
                    confirmedAt,
                    receipt.confirmedBy()),
                text,
                0)));
    if (receipt.signature() != null) {
      add(document, block(4, signature(receipt.signature())));
    }
    add(document, block(30, cell(say("receipt.footer", reference(receipt)), small, 0)));
  }

  private PdfPCell signature(byte[] png) {
    try {
      Image image = Image.getInstance(png);
      image.scaleToFit(220, 90);
      var cell = new PdfPCell(image, false);
      cell.setBorder(PdfPCell.NO_BORDER);
      cell.setRunDirection(direction);
      return cell;
    } catch (BadElementException | IOException e) {
      return cell(say("receipt.signatureUnreadable"), small, 0);
    }
  }
}
