package org.incubator.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.incubator.applicant.DetailsProperties;
import org.incubator.applicant.ProjectHolderDetails;
import org.incubator.shared.IncubatorException;
import org.junit.jupiter.api.Test;

class ApplicationSheetTest {

  private static final String HEADER_ROW =
      "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>cin</t></is></c><c r=\"B1\""
          + " t=\"inlineStr\"><is><t>skills</t></is></c></row>";

  private static List<ApplicationSheet.Row> csv(String text) {
    return ApplicationSheet.read(text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] workbook(String sharedStrings, String sheetData) throws IOException {
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      if (sharedStrings != null) {
        zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
        zip.write(
            ("<sst xmlns=\"x\">" + sharedStrings + "</sst>").getBytes(StandardCharsets.UTF_8));
      }
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write(
          ("<worksheet xmlns=\"x\"><sheetData>" + sheetData + "</sheetData></worksheet>")
              .getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  /** {@code size} bytes of one repeated byte: a few kilobytes once compressed. */
  private static void fill(ZipOutputStream zip, byte filler, int size) throws IOException {
    byte[] chunk = new byte[64 * 1024];
    Arrays.fill(chunk, filler);
    for (int left = size; left > 0; left -= chunk.length) {
      zip.write(chunk, 0, Math.min(left, chunk.length));
    }
  }

  /** A sheet of a header and one line, then {@code padding} spaces of XML whitespace. */
  private static void putPaddedSheet(ZipOutputStream zip, int padding) throws IOException {
    zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
    zip.write(
        ("<worksheet xmlns=\"x\"><sheetData>"
                + HEADER_ROW
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>AB1</t></is></c></row>")
            .getBytes(StandardCharsets.UTF_8));
    fill(zip, (byte) ' ', padding);
    zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Refused on the file field, and quickly: a reader that loops or fills memory fails here instead
   * of hanging.
   */
  private static IncubatorException refused(byte[] content) {
    var refusal =
        assertTimeoutPreemptively(
            Duration.ofSeconds(2),
            () -> assertThrows(IncubatorException.class, () -> ApplicationSheet.read(content)));
    assertEquals("file", refusal.getField().orElseThrow());
    return refusal;
  }

  private static IncubatorException refused(String csv) {
    return refused(csv.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void semicolonsCommasQuotesAndLineBreaksInsideCellsAreRead() {
    var rows =
        csv(
            "\uFEFFcin;lastName;skills\r\n"
                + "AB1;\"El \"\"Haj\"\"\";\"sewing; embroidery\n"
                + "and weaving\"\r\n\r\n"
                + "AB2;Tazi;\n");
    assertEquals(2, rows.size());
    assertEquals(2, rows.get(0).line());
    assertEquals("El \"Haj\"", rows.get(0).cells().get("lastName"));
    assertEquals("sewing; embroidery\nand weaving", rows.get(0).cells().get("skills"));
    assertEquals(
        4,
        rows.get(1).line(),
        "lines are counted as a spreadsheet shows them: the empty one keeps its number");
    assertEquals("", rows.get(1).cells().get("skills"));

    var commas = csv("cin,lastName\nAB3,Alaoui\n");
    assertEquals("Alaoui", commas.get(0).cells().get("lastName"));
  }

  @Test
  void aSheetMustNameKnownColumnsIncludingTheCin() {
    assertEquals(
        "selection.import.unknownColumn",
        assertThrows(IncubatorException.class, () -> csv("cin;colour\nA;b")).getMessageKey());
    assertEquals(
        "selection.import.noHeader",
        assertThrows(IncubatorException.class, () -> csv("lastName\nAlaoui")).getMessageKey());
    assertEquals(
        "selection.import.unreadable",
        assertThrows(
                IncubatorException.class,
                () -> ApplicationSheet.read(new byte[] {'P', 'K', 3, 4, 0, 0}))
            .getMessageKey());
  }

  @Test
  void theFirstSheetOfAWorkbookIsReadWithSharedStringsAndSkippedCells() throws Exception {
    var rows =
        ApplicationSheet.read(
            workbook(
                "<si><t>cin</t></si><si><t>lastName</t></si><si><r><t>Ben</t></r><r><t>nani</t></r></si>",
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>1</v></c><c"
                    + " r=\"D1\" t=\"inlineStr\"><is><t>birthDate</t></is></c></row><row r=\"2\"><c"
                    + " r=\"A2\" t=\"inlineStr\"><is><t>XL1</t></is></c><c r=\"C2\""
                    + " t=\"s\"><v>2</v></c><c r=\"D2\"><v>36000</v></c></row>"));
    assertEquals(1, rows.size());
    assertEquals("XL1", rows.get(0).cells().get("cin"));
    assertEquals("Bennani", rows.get(0).cells().get("lastName"));
    var details = new ProjectHolderDetails();
    DetailsProperties.set(details, "birthDate", rows.get(0).cells().get("birthDate"));
    assertEquals(LocalDate.of(1998, 7, 24), details.getBirthDate(), "Excel's day number");
  }

  @Test
  void aLineWithMoreCellsThanTheColumnLimitIsRefused() {
    String atTheLimit = "cin" + ";".repeat(ApplicationSheet.MAX_COLUMNS - 1) + "\nAB1\n";
    assertEquals("AB1", csv(atTheLimit).get(0).cells().get("cin"));
    var oneMore = refused("cin" + ";".repeat(ApplicationSheet.MAX_COLUMNS) + "\nAB1\n");
    assertEquals("selection.import.tooManyColumns", oneMore.getMessageKey());
    assertEquals(
        List.of(ApplicationSheet.MAX_COLUMNS, 1),
        List.of(oneMore.getArguments()),
        "the limit, then the line");
    assertEquals(
        "selection.import.tooManyColumns",
        refused("cin,lastName\nAB1," + ",".repeat(5_000_000) + "\n").getMessageKey());
  }

  @Test
  void aWorkbookCellBeyondTheColumnLimitIsRefusedWithoutFillingTheGap() throws Exception {
    for (String reference : List.of("CW2", "XFD2", "ZZZZZZ2", "AAAAAAAAAAAAAAAAAAAA2")) {
      var far =
          refused(
              workbook(
                  null,
                  HEADER_ROW
                      + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>AB1</t></is></c><c r=\""
                      + reference
                      + "\"><v>1</v></c></row>"));
      assertEquals("selection.import.tooManyColumns", far.getMessageKey(), reference);
      assertEquals(
          List.of(ApplicationSheet.MAX_COLUMNS, 2), List.of(far.getArguments()), reference);
    }
    var lastColumn =
        ApplicationSheet.read(
            workbook(
                null,
                HEADER_ROW
                    + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>AB1</t></is></c><c"
                    + " r=\"CV2\"><v>1</v></c></row>"));
    assertEquals("AB1", lastColumn.get(0).cells().get("cin"), "column CV is the hundredth");
  }

  @Test
  void aCellLongerThanTheLimitIsRefused() throws Exception {
    String longest = "x".repeat(ApplicationSheet.MAX_CELL_LENGTH);
    assertEquals(longest, csv("cin;skills\nAB1;" + longest + "\n").get(0).cells().get("skills"));
    var tooLong = refused("cin;skills\nAB1;\"" + longest + "x\"\n");
    assertEquals("selection.import.cellTooLong", tooLong.getMessageKey());
    assertEquals(
        List.of(ApplicationSheet.MAX_CELL_LENGTH, 2),
        List.of(tooLong.getArguments()),
        "the limit, then the line");
    assertEquals(
        "selection.import.cellTooLong",
        refused("cin;skills\nAB1;" + "x".repeat(3_000_000) + "\n").getMessageKey());
    var inWorkbook =
        workbook(
            "<si><t>" + longest + "x</t></si>",
            HEADER_ROW
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>AB1</t></is></c><c r=\"B2\""
                + " t=\"s\"><v>0</v></c></row>");
    assertEquals("selection.import.cellTooLong", refused(inWorkbook).getMessageKey());
  }

  @Test
  void tooManyLinesAreRefusedWhileReadingNotAfter() throws Exception {
    assertEquals(
        ApplicationSheet.MAX_ROWS,
        csv("cin\n" + "AB1\n".repeat(ApplicationSheet.MAX_ROWS) + "\n\n").size(),
        "blank lines do not count");
    var oneMore = refused("cin\n" + "AB1\n".repeat(ApplicationSheet.MAX_ROWS + 1));
    assertEquals("selection.import.tooManyRows", oneMore.getMessageKey());
    assertEquals(List.of(ApplicationSheet.MAX_ROWS), List.of(oneMore.getArguments()));
    assertEquals(
        "selection.import.tooManyRows",
        refused("cin\n" + "AB1\n".repeat(2_000_000)).getMessageKey());
    String line = "<row><c t=\"inlineStr\"><is><t>AB1</t></is></c></row>";
    String brokenAfterTheLimit =
        line.repeat(ApplicationSheet.MAX_ROWS + 1) + "<row><c t=\"s\"><v>7</v></c></row>";
    assertEquals(
        "selection.import.tooManyRows",
        refused(workbook(null, HEADER_ROW + brokenAfterTheLimit)).getMessageKey(),
        "the lines after the limit are not read");
  }

  @Test
  void aSharedStringThatDoesNotExistMakesTheWorkbookUnreadable() throws Exception {
    for (String index : List.of("1", "-1", "2147483648", "one")) {
      var sheet =
          workbook(
              "<si><t>cin</t></si>",
              "<row><c t=\"s\"><v>0</v></c></row><row><c t=\"s\"><v>" + index + "</v></c></row>");
      assertEquals("selection.import.unreadable", refused(sheet).getMessageKey(), index);
    }
  }

  @Test
  void aWorkbookThatRepeatsAnEntryIsUnreadable() throws Exception {
    var one = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(one)) {
      putPaddedSheet(zip, 1024 * 1024);
    }
    // ZipOutputStream refuses a repeated name, so the entry's own record (all before the central
    // directory) is copied.
    byte[] single = one.toByteArray();
    int record =
        ByteBuffer.wrap(single, single.length - 6, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    var copies = new ByteArrayOutputStream();
    for (int i = 0; i < 2_000; i++) {
      copies.write(single, 0, record);
    }
    assertEquals("selection.import.unreadable", refused(copies.toByteArray()).getMessageKey());
  }

  @Test
  void aWorkbookThatUnpacksBeyondTheLimitIsRefused() throws Exception {
    var hugeSheet = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(hugeSheet)) {
      putPaddedSheet(zip, ApplicationSheet.MAX_UNPACKED_BYTES);
    }
    var tooLarge = refused(hugeSheet.toByteArray());
    assertEquals("selection.import.tooLarge", tooLarge.getMessageKey());
    assertEquals(
        List.of(ApplicationSheet.MAX_UNPACKED_BYTES / (1024 * 1024)),
        List.of(tooLarge.getArguments()),
        "in megabytes");

    var manyParts = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(manyParts)) {
      putPaddedSheet(zip, 0);
      for (int i = 0; i <= ApplicationSheet.MAX_UNPACKED_BYTES / (1024 * 1024); i++) {
        zip.putNextEntry(new ZipEntry("xl/media/image" + i + ".png"));
        fill(zip, (byte) 0, 1024 * 1024);
      }
    }
    assertEquals(
        "selection.import.tooLarge",
        refused(manyParts.toByteArray()).getMessageKey(),
        "parts the reader does not need count too");

    var small = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(small)) {
      putPaddedSheet(zip, 1024 * 1024);
      zip.putNextEntry(new ZipEntry("xl/media/image1.png"));
      fill(zip, (byte) 0, 1024 * 1024);
    }
    assertEquals("AB1", ApplicationSheet.read(small.toByteArray()).get(0).cells().get("cin"));
  }

  @Test
  void cellsReadAsTheFormsTypesOrAreRefused() {
    var details = new ProjectHolderDetails();
    DetailsProperties.set(details, "birthDate", "09/04/2001");
    DetailsProperties.set(details, "monthlyIncome", "2 500,50");
    DetailsProperties.set(details, "gender", "female");
    assertEquals(LocalDate.of(2001, 4, 9), details.getBirthDate());
    assertEquals(new java.math.BigDecimal("2500.50"), details.getMonthlyIncome());
    assertThrows(
        IllegalArgumentException.class,
        () -> DetailsProperties.set(details, "birthDate", "31/02/2001"));
    assertThrows(
        IllegalArgumentException.class,
        () -> DetailsProperties.set(details, "householdSize", "five"));
    assertThrows(
        IllegalArgumentException.class, () -> DetailsProperties.set(details, "gender", "F"));
  }
}
