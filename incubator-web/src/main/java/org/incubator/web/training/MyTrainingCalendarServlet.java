package org.incubator.web.training;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.incubator.shared.CentreTime;
import org.incubator.training.MyTraining;
import org.incubator.training.OwnTraining;
import org.incubator.training.TrainingSession;
import org.incubator.web.shared.LocaleSelection;

/**
 * My sessions as a calendar file ({@code /my/training.ics}) a phone's calendar imports: every
 * session of my cohort, a cancelled one marked so. Only my own ({@link MyTraining}).
 */
@WebServlet("/my/training.ics")
public class MyTrainingCalendarServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final ZoneId CENTRE = CentreTime.ZONE;
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  @Inject private MyTraining myTraining;

  @Inject private LocaleSelection localeSelection;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var mine = myTraining.view();
    if (mine.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] ics = calendar(mine.get(), request.getServerName()).getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/calendar; charset=UTF-8");
    response.setContentLength(ics.length);
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("Content-Disposition", "attachment; filename=\"training.ics\"");
    response.getOutputStream().write(ics);
  }

  private String calendar(OwnTraining mine, String host) {
    var ics = new StringBuilder();
    line(ics, "BEGIN:VCALENDAR");
    line(ics, "VERSION:2.0");
    line(ics, "PRODID:-//Incubator//Training//EN");
    line(ics, "CALSCALE:GREGORIAN");
    String stamp = UTC.format(Instant.now());
    for (TrainingSession session : mine.getSessions()) {
      line(ics, "BEGIN:VEVENT");
      line(ics, "UID:training-session-" + session.getId() + "@" + host);
      line(ics, "DTSTAMP:" + stamp);
      line(
          ics,
          "DTSTART:" + UTC.format(session.getDay().atTime(session.getStartsAt()).atZone(CENTRE)));
      line(ics, "DTEND:" + UTC.format(session.getDay().atTime(session.getEndsAt()).atZone(CENTRE)));
      line(ics, "SUMMARY:" + text(session.getModule().titleIn(localeSelection.getLocale())));
      line(ics, "LOCATION:" + text(session.getPlace()));
      line(ics, "STATUS:" + (session.isScheduled() ? "CONFIRMED" : "CANCELLED"));
      line(ics, "END:VEVENT");
    }
    line(ics, "END:VCALENDAR");
    return ics.toString();
  }

  /** A TEXT value: backslashes, semicolons, commas and line breaks escaped (RFC 5545, 3.3.11). */
  static String text(String value) {
    return value
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n");
  }

  /** A content line, folded at 75 octets as the format asks, ended by CRLF. */
  static void line(StringBuilder ics, String line) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    int start = 0;
    boolean first = true;
    while (start < bytes.length) {
      int room = first ? 75 : 74;
      int end = Math.min(bytes.length, start + room);
      while (end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
        end--;
      }
      if (!first) {
        ics.append(' ');
      }
      ics.append(new String(bytes, start, end - start, StandardCharsets.UTF_8)).append("\r\n");
      start = end;
      first = false;
    }
  }
}
