package org.incubator.web.grant;

import com.lowagie.text.Document;
import java.util.Locale;
import org.incubator.grant.DecisionLetter;
import org.incubator.grant.GrantLine;
import org.incubator.grant.Tranche;
import org.incubator.web.shared.Labels;
import org.incubator.web.shared.PdfLetter;

/**
 * Writes a {@link DecisionLetter} as a {@link PdfLetter} in the reader's language: the approval
 * with its lines and tranches, or the rejection with its reason.
 */
public final class DecisionLetterPdf extends PdfLetter {

  private final DecisionLetter letter;

  private DecisionLetterPdf(DecisionLetter letter, Locale locale) {
    super(locale);
    this.letter = letter;
  }

  public static byte[] render(DecisionLetter letter, Locale locale) {
    return new DecisionLetterPdf(letter, locale).write();
  }

  /** The file name the browser saves the letter under. */
  public static String fileName(DecisionLetter letter, Locale locale) {
    return "letter-" + letter.reference() + "-" + locale.getLanguage() + ".pdf";
  }

  @Override
  protected String documentTitle() {
    return say(letter.approved() ? "letter.title.approved" : "letter.title.rejected");
  }

  @Override
  protected void layOut(Document document) {
    add(document, block(12, cell(say("letter.centre"), strong, 0)));
    add(
        document,
        block(
            4,
            cell(say("letter.reference", letter.reference()), text, 0),
            cell(say("letter.date", Labels.longDate(locale, letter.decidedAt())), text, 0)));
    add(
        document,
        block(
            14,
            cell(say("letter.to", letter.holderName(), letter.cin()), text, 0),
            cell(say("letter.call", letter.callName()), text, 0)));
    add(
        document,
        block(
            14,
            cell(
                say(letter.approved() ? "letter.title.approved" : "letter.title.rejected"),
                title,
                0)));
    if (letter.approved()) {
      approval(document);
    } else {
      rejection(document);
    }
    add(document, block(28, cell(say("letter.signature"), strong, 0)));
    add(document, block(30, cell(say("letter.footer", letter.reference()), small, 0)));
  }

  private void approval(Document document) {
    String amount = Labels.money(locale, letter.amount());
    add(
        document,
        block(
            10,
            cell(
                say("letter.approved.body", amount, letter.envelopeName(), letter.fundingSource()),
                text,
                0)));
    add(document, block(4, cell(say("letter.lines"), strong, 0)));
    var lines =
        table(
            new float[] {3, 4, 2.2f},
            say("grant.line.category"),
            say("grant.line.description"),
            say("shared.amount"));
    for (GrantLine line : letter.lines()) {
      lines.addCell(cell(say("UseCategory." + line.getCategory().name()), text, 0.5f));
      lines.addCell(cell(line.getDescription() == null ? "" : line.getDescription(), text, 0.5f));
      lines.addCell(numberCell(Labels.money(locale, line.getAmount()), text));
    }
    lines.addCell(cell(say("letter.total"), strong, 0.5f));
    lines.addCell(cell("", text, 0.5f));
    lines.addCell(numberCell(amount, strong));
    add(document, lines);
    add(document, block(4, cell(say("letter.tranches"), strong, 0)));
    var tranches =
        table(
            new float[] {1.4f, 1.2f, 2.2f, 4},
            say("letter.tranche.number"),
            say("letter.tranche.share"),
            say("shared.amount"),
            say("grant.tranche.milestone"));
    for (Tranche tranche : letter.tranches()) {
      tranches.addCell(cell(String.valueOf(tranche.getSequence()), text, 0.5f));
      tranches.addCell(cell(tranche.getPercent() + " %", text, 0.5f));
      tranches.addCell(numberCell(Labels.money(locale, tranche.getAmount()), text));
      tranches.addCell(cell(say("Milestone." + tranche.getMilestone().name()), text, 0.5f));
    }
    add(document, tranches);
    add(
        document,
        block(
            6,
            cell(
                say(
                    "letter.approvedBy",
                    Labels.longDate(locale, letter.decidedAt()),
                    String.join(", ", letter.decidedBy())),
                text,
                0)));
    if (letter.comment() != null) {
      add(
          document,
          block(
              6, cell(say("letter.reviewerComment"), strong, 0), cell(letter.comment(), text, 0)));
    }
    add(document, block(6, cell(say("letter.approved.close"), text, 0)));
  }

  private void rejection(Document document) {
    String amount = Labels.money(locale, letter.amount());
    add(
        document,
        block(10, cell(say("letter.rejected.body", amount, letter.envelopeName()), text, 0)));
    add(
        document,
        block(
            6,
            cell(say("letter.rejected.reason"), strong, 0),
            cell(letter.comment() == null ? "" : letter.comment(), text, 0)));
    add(
        document,
        block(
            6,
            cell(
                say(
                    "letter.rejectedBy",
                    Labels.longDate(locale, letter.decidedAt()),
                    String.join(", ", letter.decidedBy())),
                text,
                0)));
    add(document, block(6, cell(say("letter.rejected.close"), text, 0)));
  }
}
