package org.incubator.web.shared;

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

/**
 * The one way the application writes a document people keep (decision letters, certificates): an A4
 * PDF in the reader's language. Arabic runs right to left with its letters joined (OpenPDF's bidi
 * and shaping, applied in table cells); the DejaVu Sans font, embedded, has both the Arabic and the
 * Latin glyphs. A letter lays out its own content with the blocks, tables and cells given here.
 */
public abstract class PdfLetter {

  private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";
  private static final byte[] REGULAR = fontFile("DejaVuSans.ttf");
  private static final byte[] BOLD = fontFile("DejaVuSans-Bold.ttf");
  private static final Color RULE = new Color(0x99, 0x99, 0x99);

  protected final Locale locale;
  protected final int direction;
  protected final Font text;
  protected final Font strong;
  protected final Font title;
  protected final Font small;

  protected PdfLetter(Locale locale) {
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

  /** The document's title, as a PDF reader lists it. */
  protected abstract String documentTitle();

  /** Adds the content to the open document. */
  protected abstract void layOut(Document document);

  protected final byte[] write() {
    var out = new ByteArrayOutputStream();
    var document = new Document(PageSize.A4, 56, 56, 56, 56);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.getLanguage()));
    document.addTitle(documentTitle());
    document.addCreator("Incubator");
    document.open();
    layOut(document);
    document.close();
    return out.toByteArray();
  }

  /**
   * Paragraphs go in borderless one-column tables: OpenPDF applies right-to-left text only there.
   */
  protected PdfPTable block(float spaceBefore, PdfPCell... paragraphs) {
    var table = new PdfPTable(1);
    table.setWidthPercentage(100);
    table.setRunDirection(direction);
    table.setSpacingBefore(spaceBefore);
    for (PdfPCell paragraph : paragraphs) {
      table.addCell(paragraph);
    }
    return table;
  }

  protected PdfPTable table(float[] widths, String... headings) {
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

  protected PdfPCell cell(String content, Font font, float border) {
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

  /** A number in a table: numbers line up on the side they end, whatever the text's direction. */
  protected PdfPCell numberCell(String content, Font font) {
    PdfPCell cell = cell(content, font, 0.5f);
    cell.setHorizontalAlignment(
        direction == PdfWriter.RUN_DIRECTION_RTL ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
    return cell;
  }

  protected String say(String key, Object... arguments) {
    return Messages.text(locale, key, arguments);
  }

  protected static void add(Document document, Element element) {
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
    try (InputStream in = PdfLetter.class.getClassLoader().getResourceAsStream(FONTS + name)) {
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
