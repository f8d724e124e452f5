package org.incubator.web.training;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.NotFoundException;
import org.incubator.training.AbsenceReason;
import org.incubator.training.AttendanceMark;
import org.incubator.training.Presence;
import org.incubator.training.RollCall;
import org.incubator.web.shared.LocaleSelection;
import org.incubator.web.shared.Messages;
import org.incubator.web.shared.RecordIds;

/**
 * Receives the roll's taps one by one from the roll-call page ({@code roll-call.js}), which keeps
 * those it could not send on the phone and sends them again when the connection and the sign-in
 * come back. A JSON answer, not a Faces page, because a tap must be sendable again later, outside
 * the view it was tapped in. The page's token (kept in the person's session) is asked of every tap,
 * so another site cannot mark anybody; {@link RollCall} decides everything else.
 */
@WebServlet("/training/roll-marks")
public class RollMarksServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(RollMarksServlet.class.getName());

  /** The session attribute holding the roll pages' token, and the header a tap carries it in. */
  static final String TOKEN = "incubator.roll-token";

  static final String TOKEN_HEADER = "X-Roll-Token";

  @Inject private RollCall rollCall;

  @Inject private LocaleSelection localeSelection;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession(false);
    Object token = session == null ? null : session.getAttribute(TOKEN);
    if (token == null || !token.equals(request.getHeader(TOKEN_HEADER))) {
      answer(response, 403, "{\"reload\":true}");
      return;
    }
    try {
      Long sessionId =
          RecordIds.parse(request.getParameter("session"), "training.session.notFound");
      String tap = request.getParameter("tap");
      if ("all".equals(request.getParameter("presence"))) {
        rollCall.allPresent(sessionId, tap);
      } else {
        Long participantId =
            RecordIds.parse(request.getParameter("participant"), "training.participant.notFound");
        rollCall.mark(sessionId, participantId, markOf(request), tap);
      }
      answer(response, 200, "{\"saved\":true}");
    } catch (NotFoundException e) {
      refuse(response, 404, e);
    } catch (IncubatorException e) {
      refuse(response, 422, e);
    } catch (EJBAccessException e) {
      answer(response, 403, "{\"forbidden\":true}");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A tap of the roll failed", e);
      answer(response, 500, "{\"failed\":true}");
    }
  }

  private static AttendanceMark markOf(HttpServletRequest request) {
    Presence presence = enumOf(Presence.class, request.getParameter("presence"), "presence");
    String minutes = request.getParameter("minutesLate");
    Integer minutesLate = null;
    if (minutes != null && !minutes.isBlank()) {
      if (!minutes.matches("[0-9]{1,4}")) {
        throw IncubatorException.onField(
            "minutesLate", "training.roll.minutesLate", AttendanceMark.MOST_MINUTES_LATE);
      }
      minutesLate = Integer.valueOf(minutes);
    }
    String reason = request.getParameter("reason");
    return new AttendanceMark(
        presence,
        minutesLate,
        reason == null || reason.isBlank() ? null : enumOf(AbsenceReason.class, reason, "reason"));
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
    try {
      return Enum.valueOf(type, String.valueOf(value));
    } catch (IllegalArgumentException e) {
      throw IncubatorException.onField(field, "field.required");
    }
  }

  private void refuse(HttpServletResponse response, int status, IncubatorException refusal)
      throws IOException {
    String text =
        Messages.text(localeSelection.getLocale(), refusal.getMessageKey(), refusal.getArguments());
    answer(
        response,
        status,
        "{\"field\":\""
            + json(refusal.getField().orElse(""))
            + "\",\"message\":\""
            + json(text)
            + "\"}");
  }

  private static void answer(HttpServletResponse response, int status, String json)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(json);
  }

  /** A JSON string's content: quotes, backslashes and control characters escaped. */
  static String json(String text) {
    var escaped = new StringBuilder(text.length() + 8);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> escaped.append("\\\"");
        case '\\' -> escaped.append("\\\\");
        case '<' -> escaped.append("\\u003c");
        default -> {
          if (c < 0x20) {
            escaped.append(String.format("\\u%04x", (int) c));
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }
}
