package org.incubator.web.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MyTrainingCalendarServletTest {

  @Test
  void textIsEscapedAsTheCalendarFormatAsks() {
    assertEquals(
        "Salle 2\\, centre\\; étage\\\\1\\nporte B",
        MyTrainingCalendarServlet.text("Salle 2, centre; étage\\1\nporte B"));
  }

  @Test
  void longLinesAreFoldedAt75OctetsWithoutCuttingALetterInTwo() {
    var ics = new StringBuilder();
    String arabic = "SUMMARY:" + "التسويق والبيع في الحي ".repeat(6);
    MyTrainingCalendarServlet.line(ics, arabic);
    String[] lines = ics.toString().split("\r\n");
    assertTrue(lines.length > 1);
    for (String line : lines) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
    }
    var unfolded = new StringBuilder(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      assertTrue(lines[i].startsWith(" "));
      unfolded.append(lines[i].substring(1));
    }
    assertEquals(arabic, unfolded.toString());
  }
}
