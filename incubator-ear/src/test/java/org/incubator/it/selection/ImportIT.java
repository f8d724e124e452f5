package org.incubator.it.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.incubator.applicant.ProjectHolderRegister;
import org.incubator.it.support.AsAdmin;
import org.incubator.it.support.AsMentor;
import org.incubator.it.support.AsSecondMentor;
import org.incubator.it.support.Calls;
import org.incubator.it.support.Deployments;
import org.incubator.it.support.PersistenceProbe;
import org.incubator.selection.ApplicationImport;
import org.incubator.selection.ImportLine;
import org.incubator.selection.ImportState;
import org.incubator.selection.ImportStatus;
import org.incubator.selection.Ranking;
import org.incubator.selection.RankingFilter;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.NotFoundException;
import org.incubator.shared.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Paper applications imported from CSV and Excel sheets: each line all or nothing, with a report
 * kept in the database that only its mentor and administrators read, listed the latest first; and
 * 1,000 lines timed.
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

  @EJB(lookup = AsAdmin.JNDI)
  AsAdmin asAdmin;

  @EJB(lookup = AsMentor.JNDI)
  AsMentor asMentor;

  @EJB(lookup = AsSecondMentor.JNDI)
  AsSecondMentor asSecondMentor;

  @EJB(lookup = PersistenceProbe.JNDI)
  PersistenceProbe persistence;

  @Resource(lookup = "java:jboss/datasources/IncubatorDS")
  DataSource dataSource;

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

  private ImportStatus finished(Long id) throws Exception {
    long deadline = System.currentTimeMillis() + 180_000;
    ImportStatus status = asMentor.call(() -> imports.status(id));
    while (status.running() && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
      status = asMentor.call(() -> imports.status(id));
    }
    assertTrue(status.finished(), "the import finished in time: " + status);
    return status;
  }

  /** Every refused line of the report, read a page at a time as the import page does. */
  private List<ImportLine> refusedLines(Long id) throws Exception {
    List<ImportLine> all = new ArrayList<>();
    List<ImportLine> page;
    do {
      int first = all.size();
      page =
          asMentor.call(
              () ->
                  imports.refusedLines(
                      id, new PageRequest(first, PageRequest.MAX_SIZE, null, false)));
      all.addAll(page);
    } while (page.size() == PageRequest.MAX_SIZE);
    return all;
  }

  private Long importInto(Long callId, String fileName, String csv) throws Exception {
    return asMentor.call(
        () -> imports.start(callId, fileName, csv.getBytes(StandardCharsets.UTF_8)));
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

    Long id = importInto(callId, "paper.csv", csv);
    ImportStatus status = finished(id);

    assertEquals(8, status.total(), "the empty line is no applicant");
    assertEquals(8, status.done());
    assertEquals(3, status.imported());
    assertEquals(5, status.refused());
    List<ImportLine> refused = refusedLines(id);
    assertEquals(List.of(3, 4, 6, 7, 9), refused.stream().map(ImportLine::line).toList());
    ImportLine badDate = refused.get(0);
    assertEquals("IM1002", badDate.cin());
    assertEquals("birthDate", badDate.field());
    assertEquals("selection.import.badValue", badDate.messageKey());
    assertEquals(List.of("31/02/2000"), List.of(badDate.arguments()));
    assertEquals("lastName", refused.get(1).field());
    assertEquals("applicant.province.unknown", refused.get(2).messageKey());
    assertEquals("selection.application.duplicate", refused.get(4).messageKey());
    assertEquals(List.of("IM1001", "Imported call"), List.of(refused.get(4).arguments()));

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
  void aReportIsKeptInTheDatabaseAndReadAgainOnlyByItsMentorAndAdministrators() throws Exception {
    Long callId = calls.open("Kept reports");
    Long id =
        importInto(
            callId,
            "C:\\Users\\karim\\Desktop\\semaine-12.csv",
            String.join(
                "\n",
                HEADER,
                line("KR1001", "Kept", "17/05/2000", "CASABLANCA", "30000", "3000"),
                line("KR1002", "Refused", "17/05/2000", "NOWHERE", "30000", "3000")));
    finished(id);

    // Read afterwards, in transactions of their own: nothing of it lives in the server's memory.
    ImportStatus kept = asMentor.call(() -> imports.status(id));
    assertEquals("semaine-12.csv", kept.fileName(), "no folders of the mentor's computer");
    assertEquals("mentor", kept.startedBy());
    assertEquals("Kept reports", kept.callName());
    assertEquals(ImportState.FINISHED, kept.state());
    assertTrue(kept.endedAt() != null && !kept.endedAt().isBefore(kept.startedAt()));
    assertEquals(List.of(2, 1, 1), List.of(kept.done(), kept.imported(), kept.refused()));
    try (Connection c = dataSource.getConnection();
        PreparedStatement report =
            c.prepareStatement(
                "SELECT r.state, r.lines_read, l.line_number, l.cin, l.message_key, a.argument FROM"
                    + " import_report r JOIN import_refused_line l ON l.report_id = r.id LEFT JOIN"
                    + " import_refused_line_argument a ON a.refused_line_id = l.id WHERE r.id ="
                    + " ?")) {
      report.setLong(1, id);
      try (ResultSet row = report.executeQuery()) {
        assertTrue(row.next(), "the report and its refused line are rows of the database");
        assertEquals("FINISHED", row.getString(1));
        assertEquals(2, row.getInt(2));
        assertEquals(3, row.getInt(3));
        assertEquals("KR1002", row.getString(4));
        assertEquals("applicant.province.unknown", row.getString(5));
        assertFalse(row.next());
      }
    }

    ImportLine refused = refusedLines(id).get(0);
    assertEquals(3, refused.line());
    assertEquals("provinceCode", refused.field());
    assertEquals(kept, asAdmin.call(() -> imports.status(id)), "an administrator reads it too");
    assertEquals(
        List.of(3),
        asAdmin.call(() -> imports.refusedLines(id, new PageRequest(0, 10, null, false))).stream()
            .map(ImportLine::line)
            .toList());

    // Another mentor walking the ids is told there is no such import.
    assertThrows(NotFoundException.class, () -> asSecondMentor.call(() -> imports.status(id)));
    assertThrows(
        NotFoundException.class,
        () ->
            asSecondMentor.call(
                () -> imports.refusedLines(id, new PageRequest(0, 10, null, false))));
    assertTrue(
        asSecondMentor
            .call(() -> imports.recent(new PageRequest(0, PageRequest.MAX_SIZE, null, false)))
            .stream()
            .noneMatch(other -> other.id().equals(id)),
        "nor listed among theirs");
    assertThrows(
        NotFoundException.class, () -> asMentor.call(() -> imports.status(Long.MAX_VALUE)));
  }

  @Test
  void aMentorsImportsAreListedTheLatestFirstAPageAtATime() throws Exception {
    Long callId = calls.open("Listed imports");
    List<Long> ids = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      Long id =
          importInto(
              callId,
              "list-" + i + ".csv",
              HEADER
                  + "\n"
                  + line("LI100" + i, "Listed", "17/05/2000", "CASABLANCA", "30000", "3000"));
      finished(id);
      ids.add(0, id);
    }
    long count = asMentor.call(() -> imports.countRecent());
    assertTrue(count >= 3, "count " + count);

    var firstPage =
        persistence.during(
            () -> asMentor.call(() -> imports.recent(new PageRequest(0, 2, null, false))));
    assertEquals(1, firstPage.statements().size(), firstPage.statements().toString());
    assertTrue(
        firstPage.statements().get(0).contains("LIMIT"),
        "paged by the database: " + firstPage.statements());
    assertEquals(ids.subList(0, 2), firstPage.result().stream().map(ImportStatus::id).toList());
    assertEquals(
        List.of("list-3.csv", "list-2.csv"),
        firstPage.result().stream().map(ImportStatus::fileName).toList());
    List<ImportStatus> secondPage =
        asMentor.call(() -> imports.recent(new PageRequest(2, 2, null, false)));
    assertEquals(ids.get(2), secondPage.get(0).id());

    assertEquals(
        ids,
        asAdmin.call(() -> imports.recent(new PageRequest(0, 3, null, false))).stream()
            .map(ImportStatus::id)
            .toList(),
        "an administrator lists everybody's imports, these the latest");
    assertTrue(asAdmin.call(() -> imports.countRecent()) >= count);
  }

  @Test
  void anExcelWorkbookIsReadAndAnUnreadableFileIsRefusedOnTheSpot() throws Exception {
    Long callId = calls.open("Excel call");
    Long id =
        asMentor.call(
            () ->
                imports.start(
                    callId,
                    "sheet.xlsx",
                    xlsx(
                        HEADER.split(";"),
                        line("XL2001", "Excel", "17/05/2000", "CASABLANCA", "30000", "3000")
                            .split(";"))));
    ImportStatus status = finished(id);
    assertEquals(1, status.imported(), refusedLines(id).toString());

    var unknown =
        assertThrows(
            IncubatorException.class,
            () ->
                asMentor.call(
                    () ->
                        imports.start(
                            callId,
                            "colours.csv",
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
    Long id = importInto(callId, "thousand.csv", csv.toString());
    ImportStatus status = finished(id);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertEquals(
        1000, status.imported(), status.refused() == 0 ? "" : refusedLines(id).get(0).toString());
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
