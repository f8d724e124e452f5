package org.incubator.it.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.incubator.applicant.ProjectHolderRegister;
import org.incubator.it.support.AsMentor;
import org.incubator.it.support.AsSecondMentor;
import org.incubator.it.support.Calls;
import org.incubator.it.support.Deployments;
import org.incubator.selection.ApplicationImport;
import org.incubator.selection.ImportLine;
import org.incubator.selection.ImportStatus;
import org.incubator.selection.Ranking;
import org.incubator.selection.RankingFilter;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.NotFoundException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Paper applications imported from CSV and Excel sheets: each line all or nothing, with a report;
 * and 1,000 lines timed.
 */
@ExtendWith(ArquillianExtension.class)
class ImportIT {

  private static final Logger LOG = Logger.getLogger(ImportIT.class.getName());
  private static final String HEADER =
      "cin;firstName;lastName;birthDate;gender;phone;provinceCode;householdSize;monthlyIncome;education;experienceYears;disability;projectTitle;trade;estimatedBudget;ownContribution";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport(ImportIT.class);
  }

  @EJB(lookup = "java:global/incubator/incubator-ejb/ApplicationImport")
  ApplicationImport imports;

  @EJB(lookup = Calls.JNDI)
  Calls calls;

  @EJB(lookup = "java:global/incubator/incubator-ejb/Ranking")
  Ranking ranking;

  @EJB(lookup = "java:global/incubator/incubator-ejb/ProjectHolderRegister")
  ProjectHolderRegister register;

  @EJB(lookup = AsMentor.JNDI)
  AsMentor asMentor;

  @EJB(lookup = AsSecondMentor.JNDI)
  AsSecondMentor asSecondMentor;

  private static String line(
      String cin,
      String lastName,
      String birthDate,
      String province,
      String budget,
      String contribution) {
    return String.join(
        ";",
        cin,
        "Imported",
        lastName,
        birthDate,
        "female",
        "0661234567",
        province,
        "5",
        "2500,00",
        "vocational",
        "2",
        "NONE",
        "Couture",
        "SEWING_TEXTILE",
        budget,
        contribution);
  }

  private ImportStatus finished(String id) throws Exception {
    long deadline = System.currentTimeMillis() + 180_000;
    ImportStatus status = asMentor.call(() -> imports.status(id));
    while (!status.finished() && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
      status = asMentor.call(() -> imports.status(id));
    }
    assertTrue(status.finished(), "the import finished in time");
    return status;
  }

  private long applicationsIn(Long callId) throws Exception {
    return asMentor.call(() -> ranking.count(RankingFilter.wholeCall(callId)));
  }

  @Test
  void eachLineIsImportedWhollyOrNotAtAllAndTheReportSaysWhy() throws Exception {
    Long callId = calls.open("Imported call");
    String csv =
        String.join(
            "\n",
            HEADER,
            line("IM1001", "First", "17/05/2000", "CASABLANCA", "30000", "3000"),
            line("IM1002", "BadDate", "31/02/2000", "CASABLANCA", "30000", "3000"),
            line("IM1003", "", "17/05/2000", "CASABLANCA", "30000", "3000"),
            line("IM1004", "Second", "2001-01-09", "CASABLANCA", "30000", "3000"),
            line("IM1005", "NoProvince", "17/05/2000", "ATLANTIS", "30000", "3000"),
            line("IM1006", "TooMuchOwn", "17/05/2000", "CASABLANCA", "30000", "40000"),
            "",
            line("IM1001", "Again", "17/05/2000", "CASABLANCA", "30000", "3000"),
            line("IM1007", "Third", "\"36000\"", "CASABLANCA", "30000", "3000"));

    String id = asMentor.call(() -> imports.start(callId, csv.getBytes(StandardCharsets.UTF_8)));
    ImportStatus status = finished(id);

    assertEquals(8, status.total(), "the empty line is no applicant");
    assertEquals(8, status.done());
    assertEquals(3, status.imported());
    List<Integer> refusedLines = status.refused().stream().map(ImportLine::line).toList();
    assertEquals(List.of(3, 4, 6, 7, 9), refusedLines);
    ImportLine badDate = status.refused().get(0);
    assertEquals("birthDate", badDate.field());
    assertEquals("selection.import.badValue", badDate.messageKey());
    assertEquals("lastName", status.refused().get(1).field());
    assertEquals("applicant.province.unknown", status.refused().get(2).messageKey());
    assertEquals("selection.application.duplicate", status.refused().get(4).messageKey());

    assertEquals(3, applicationsIn(callId));
    for (String nothingKept : List.of("IM1002", "IM1003", "IM1005", "IM1006")) {
      assertTrue(
          asMentor.call(() -> register.findByCin(nothingKept)).isEmpty(),
          nothingKept + " left nothing behind");
    }
    assertEquals(
        LocalDate.of(1998, 7, 24),
        asMentor.call(() -> register.findByCin("IM1007")).orElseThrow().getBirthDate(),
        "an Excel day number is a date");
    assertThrows(NotFoundException.class, () -> asSecondMentor.call(() -> imports.status(id)));
  }

  @Test
  void anExcelWorkbookIsReadAndAnUnreadableFileIsRefusedOnTheSpot() throws Exception {
    Long callId = calls.open("Excel call");
    String id =
        asMentor.call(
            () ->
                imports.start(
                    callId,
                    xlsx(
                        HEADER.split(";"),
                        line("XL2001", "Excel", "17/05/2000", "CASABLANCA", "30000", "3000")
                            .split(";"))));
    ImportStatus status = finished(id);
    assertEquals(1, status.imported(), status.refused().toString());

    var unknown =
        assertThrows(
            IncubatorException.class,
            () ->
                asMentor.call(
                    () ->
                        imports.start(
                            callId,
                            "cin;favouriteColour\nX;blue".getBytes(StandardCharsets.UTF_8))));
    assertEquals("file", unknown.getField().orElseThrow());
    assertEquals("selection.import.unknownColumn", unknown.getMessageKey());
  }

  @Test
  void aThousandLinesAreImportedAndTimed() throws Exception {
    Long callId = calls.open("A thousand applications");
    var csv = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 1000; i++) {
      csv.append(
              line(
                  String.format("TH%05d", i),
                  "Thousand" + i,
                  "17/05/2000",
                  "CASABLANCA",
                  "30000",
                  "3000"))
          .append('\n');
    }
    long start = System.nanoTime();
    String id =
        asMentor.call(() -> imports.start(callId, csv.toString().getBytes(StandardCharsets.UTF_8)));
    ImportStatus status = finished(id);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertEquals(
        1000,
        status.imported(),
        status.refused().isEmpty() ? "" : status.refused().get(0).toString());
    assertEquals(1000, applicationsIn(callId));
    LOG.info(
        String.format(
            "Imported 1000 paper applications in %d ms (%.1f ms a line, each in its own"
                + " transaction)",
            millis, millis / 1000.0));
    assertTrue(millis < 120_000, "1000 lines took " + millis + " ms");
  }

  /** A minimal .xlsx as Excel writes it: a workbook whose first sheet holds inline strings. */
  private static byte[] xlsx(String[]... rows) throws Exception {
    var sheet =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    for (int r = 0; r < rows.length; r++) {
      sheet.append("<row r=\"").append(r + 1).append("\">");
      for (int c = 0; c < rows[r].length; c++) {
        String ref = String.valueOf((char) ('A' + c)) + (r + 1);
        sheet
            .append("<c r=\"")
            .append(ref)
            .append("\" t=\"inlineStr\"><is><t>")
            .append(rows[r][c])
            .append("</t></is></c>");
      }
      sheet.append("</row>");
    }
    sheet.append("</sheetData></worksheet>");
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write(sheet.toString().getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
