package org.incubator.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.incubator.applicant.DetailsProperties;
import org.incubator.applicant.ProjectHolderDetails;
import org.incubator.shared.IncubatorException;
import org.junit.jupiter.api.Test;

class ApplicationSheetTest {

  private static List<ApplicationSheet.Row> csv(String text) {
    return ApplicationSheet.read(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void semicolonsCommasQuotesAndLineBreaksInsideCellsAreRead() {
    var rows = csv("\uFEFFcin;lastName;skills\r\nAB1;\"El \"\"Haj\"\"\";\"sewing; embroidery\nand weaving\"\r\n\r\nAB2;Tazi;\n");
    assertEquals(2, rows.size());
    assertEquals(2, rows.get(0).line());
    assertEquals("El \"Haj\"", rows.get(0).cells().get("lastName"));
    assertEquals("sewing; embroidery\nand weaving", rows.get(0).cells().get("skills"));
    assertEquals(4, rows.get(1).line(), "lines are counted as a spreadsheet shows them: the empty one keeps its number");
    assertEquals("", rows.get(1).cells().get("skills"));

    var commas = csv("cin,lastName\nAB3,Alaoui\n");
    assertEquals("Alaoui", commas.get(0).cells().get("lastName"));
  }

  @Test
  void aSheetMustNameKnownColumnsIncludingTheCin() {
    assertEquals("selection.import.unknownColumn", assertThrows(IncubatorException.class, () -> csv("cin;colour\nA;b")).getMessageKey());
    assertEquals("selection.import.noHeader", assertThrows(IncubatorException.class, () -> csv("lastName\nAlaoui")).getMessageKey());
    assertEquals("selection.import.unreadable", assertThrows(IncubatorException.class, () -> ApplicationSheet.read(new byte[] {'P', 'K', 3, 4, 0, 0})).getMessageKey());
  }

  @Test
  void theFirstSheetOfAWorkbookIsReadWithSharedStringsAndSkippedCells() throws Exception {
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      zip.write("<sst xmlns=\"x\"><si><t>cin</t></si><si><t>lastName</t></si><si><r><t>Ben</t></r><r><t>nani</t></r></si></sst>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write(
          ("<worksheet xmlns=\"x\"><sheetData>"
                  + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>1</v></c><c r=\"D1\" t=\"inlineStr\"><is><t>birthDate</t></is></c></row>"
                  + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>XL1</t></is></c><c r=\"C2\" t=\"s\"><v>2</v></c><c r=\"D2\"><v>36000</v></c></row>"
                  + "</sheetData></worksheet>")
              .getBytes(StandardCharsets.UTF_8));
    }
    var rows = ApplicationSheet.read(bytes.toByteArray());
    assertEquals(1, rows.size());
    assertEquals("XL1", rows.get(0).cells().get("cin"));
    assertEquals("Bennani", rows.get(0).cells().get("lastName"));
    var details = new ProjectHolderDetails();
    DetailsProperties.set(details, "birthDate", rows.get(0).cells().get("birthDate"));
    assertEquals(LocalDate.of(1998, 7, 24), details.getBirthDate(), "Excel's day number");
  }

  @Test
  void cellsReadAsTheFormsTypesOrAreRefused() {
    var details = new ProjectHolderDetails();
    DetailsProperties.set(details, "birthDate", "09/04/2001");
    DetailsProperties.set(details, "monthlyIncome", "2 500,50");
    DetailsProperties.set(details, "gender", "female");
    assertEquals(LocalDate.of(2001, 4, 9), details.getBirthDate());
    assertEquals(new java.math.BigDecimal("2500.50"), details.getMonthlyIncome());
    assertThrows(IllegalArgumentException.class, () -> DetailsProperties.set(details, "birthDate", "31/02/2001"));
    assertThrows(IllegalArgumentException.class, () -> DetailsProperties.set(details, "householdSize", "five"));
    assertThrows(IllegalArgumentException.class, () -> DetailsProperties.set(details, "gender", "F"));
  }
}
