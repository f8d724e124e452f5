package org.incubator.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.incubator.shared.Money;
import org.junit.jupiter.api.Test;

class ImportReportTest {

  private static final Instant NOW = Instant.parse("2027-03-02T09:00:00Z");

  private static ImportReport report(String fileName, int lines) {
    return new ImportReport(
        CallForApplicationsTest.call(new EligibilityRules(18, 35, Money.mad("1000"), false)),
        fileName,
        lines,
        "mentor",
        NOW);
  }

  @Test
  void linesAreCountedAsTheyAreDoneUntilTheImportFinishes() {
    ImportReport report = report("paper.csv", 3);
    report.lineImported();
    RefusedLine refused =
        report.lineRefused(
            3, "BK1", "birthDate", "selection.import.badValue", List.of("31/02/2000"));
    assertEquals(ImportState.RUNNING, report.getState());
    assertEquals(2, report.getLinesRead());
    assertEquals(1, report.getLinesImported());
    assertEquals(1, report.getLinesRefused());
    assertEquals(3, refused.getLine());
    assertEquals(List.of("31/02/2000"), refused.getArguments());

    report.lineImported();
    report.finish(NOW.plusSeconds(2));
    assertEquals(ImportState.FINISHED, report.getState());
    assertEquals(NOW.plusSeconds(2), report.getEndedAt().orElseThrow());
    assertThrows(IllegalStateException.class, report::lineImported, "a finished import is over");
    assertThrows(IllegalStateException.class, () -> report.interrupt(NOW));
  }

  @Test
  void anImportCountsNoMoreLinesThanItsSheetHas() {
    ImportReport report = report("paper.csv", 1);
    report.lineImported();
    assertThrows(IllegalStateException.class, report::lineImported);
  }

  @Test
  void anImportTheServerStoppedIsInterruptedWithTheLinesItDid() {
    ImportReport report = report("paper.csv", 1000);
    report.lineImported();
    report.interrupt(NOW.plusSeconds(60));
    assertEquals(ImportState.INTERRUPTED, report.getState());
    assertEquals(1, report.getLinesRead());
    assertThrows(IllegalStateException.class, () -> report.finish(NOW));
  }

  @Test
  void whatASheetHeldIsKeptVisibleAndCutToItsColumn() {
    ImportReport report = report("C:\\Users\\karim\\Desktop\\inscrits\u202Evsc.exe", 2);
    assertEquals("inscritsvsc.exe", report.getFileName(), "no folders, no right-to-left override");
    assertEquals("?", report("  ", 0).getFileName());

    String longCell = "x".repeat(9_999) + "😀";
    RefusedLine refused =
        report.lineRefused(
            2, "😀".repeat(30), "lastName", "selection.import.badValue", List.of(longCell));
    assertTrue(refused.getCin().length() <= RefusedLine.CIN_LENGTH, refused.getCin());
    assertTrue(refused.getCin().endsWith("😀…"), "never cut inside a character");
    String argument = refused.getArguments().get(0);
    assertEquals(RefusedLine.ARGUMENT_LENGTH, argument.length());
    assertTrue(argument.endsWith("x…"));
  }
}
