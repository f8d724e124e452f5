package org.incubator.web.grant;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.incubator.grant.DecisionLetter;
import org.incubator.grant.GrantLine;
import org.incubator.grant.Tranche;
import org.incubator.web.shared.Labels;
import org.incubator.web.shared.Messages;

/**
 * Writes a {@link DecisionLetter} as an A4 PDF in the reader's language. Arabic runs right to left
 * with its letters joined (OpenPDF's bidi and shaping, applied in table cells); the DejaVu Sans
 * font, embedded, has both the Arabic and the Latin glyphs.
 */
public final class DecisionLetterPdf {

  private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";
  private static final byte[] REGULAR = fontFile("DejaVuSans.ttf");
  private static final byte[] BOLD = fontFile("DejaVuSans-Bold.ttf");
  private static final Color RULE = new Color(0x99, 0x99, 0x99);

  private final DecisionLetter letter;
  private final Locale locale;
  private final int direction;
  private final Font text;
  private final Font strong;
  private final Font title;
  private final Font small;

  private DecisionLetterPdf(DecisionLetter letter, Locale locale) {
    this.letter = letter;
    this.locale = locale;
    this.direction =
        "ar".equals(locale.getLanguage())
            ? PdfWriter.RUN_DIRECTION_RTL
            : PdfWriter.RUN_DIRECTION_LTR;
    BaseFont regular = font("DejaVuSans.ttf", REGULAR);
    BaseFont bold = font("DejaVuSans-Bold.ttf", BOLD);
    this.text = new Font(regular, 10.5f);
    this.strong = new Font(bold, 10.5f);
    this.title = new Font(bold, 15f);
    this.small = new Font(regular, 8f, Font.NORMAL, Color.DARK_GRAY);
  }

  public static byte[] render(DecisionLetter letter, Locale locale) {
    return new DecisionLetterPdf(letter, locale).write();
  }

  /** The file name the browser saves the letter under. */
  public static String fileName(DecisionLetter letter, Locale locale) {
    return "letter-" + letter.reference() + "-" + locale.getLanguage() + ".pdf";
  }

  private byte[] write() {
    var out = new ByteArrayOutputStream();
    var document = new Document(PageSize.A4, 56, 56, 56, 56);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.getLanguage()));
    document.addTitle(say(letter.approved() ? "letter.title.approved" : "letter.title.rejected"));
    document.addCreator("Incubator");
    document.open();
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
    document.close();
    return out.toByteArray();
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
      lines.addCell(amountCell(Labels.money(locale, line.getAmount()), text));
    }
    lines.addCell(cell(say("letter.total"), strong, 0.5f));
    lines.addCell(cell("", text, 0.5f));
    lines.addCell(amountCell(amount, strong));
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
      tranches.addCell(amountCell(Labels.money(locale, tranche.getAmount()), text));
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

  /**
   * Paragraphs go in borderless one-column tables: OpenPDF applies right-to-left text only there.
   */
  private PdfPTable block(float spaceBefore, PdfPCell... paragraphs) {
    var table = new PdfPTable(1);
    table.setWidthPercentage(100);
    table.setRunDirection(direction);
    table.setSpacingBefore(spaceBefore);
    for (PdfPCell paragraph : paragraphs) {
      table.addCell(paragraph);
    }
    return table;
  }

  private PdfPTable table(float[] widths, String... headings) {
    var table = new PdfPTable(direction == PdfWriter.RUN_DIRECTION_RTL ? mirrored(widths) : widths);
    table.setWidthPercentage(100);
    table.setRunDirection(direction);
    table.setSpacingBefore(4);
    table.setHeaderRows(1);
    for (String heading : headings) {
      PdfPCell cell = cell(heading, strong, 0.5f);
      cell.setBackgroundColor(new Color(0xEE, 0xEE, 0xEE));
      table.addCell(cell);
    }
    return table;
  }

  /** Right to left, cells fill a row from the right but widths still count from the left. */
  private static float[] mirrored(float[] widths) {
    float[] mirror = new float[widths.length];
    for (int i = 0; i < widths.length; i++) {
      mirror[i] = widths[widths.length - 1 - i];
    }
    return mirror;
  }

  private PdfPCell cell(String content, Font font, float border) {
    var cell = new PdfPCell(new Phrase(content, font));
    cell.setRunDirection(direction);
    cell.setPaddingBottom(4);
    if (border == 0) {
      cell.setBorder(PdfPCell.NO_BORDER);
    } else {
      cell.setBorderWidth(border);
      cell.setBorderColor(RULE);
      cell.setPadding(4);
    }
    return cell;
  }

  private PdfPCell amountCell(String content, Font font) {
    PdfPCell cell = cell(content, font, 0.5f);
    // Amounts line up on the side numbers end, whatever the direction of the text around them.
    cell.setHorizontalAlignment(
        direction == PdfWriter.RUN_DIRECTION_RTL ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
    return cell;
  }

  private String say(String key, Object... arguments) {
    return Messages.text(locale, key, arguments);
  }

  private static void add(Document document, Element element) {
    try {
      document.add(element);
    } catch (DocumentException e) {
      throw new IllegalStateException("The letter could not be laid out", e);
    }
  }

  private static BaseFont font(String name, byte[] file) {
    try {
      return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, file, null);
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("The letter font " + name + " could not be read", e);
    }
  }

  private static byte[] fontFile(String name) {
    try (InputStream in =
        DecisionLetterPdf.class.getClassLoader().getResourceAsStream(FONTS + name)) {
      if (in == null) {
        throw new IllegalStateException(
            "The letter font " + name + " is missing from the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
