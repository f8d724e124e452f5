package org.incubator.web.training;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.incubator.shared.IncubatorException;
import org.incubator.training.AbsenceReason;
import org.incubator.training.Attendance;
import org.incubator.training.Roll;
import org.incubator.training.RollCall;
import org.incubator.web.shared.Messages;
import org.incubator.web.shared.RecordIds;

/**
 * The roll of one session, taken on a phone: the page shows the people and their marks, and {@code
 * roll-call.js} sends each tap to {@link RollMarksServlet} as it is made. An administrator reopens
 * a closed roll here.
 */
@Named
@ViewScoped
public class RollBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private RollCall rollCall;

  private String idParameter;
  private Long sessionId;
  private transient Roll roll;
  private String reopenReason;

  public void load() {
    sessionId = RecordIds.parse(idParameter, "training.session.notFound");
    roll = rollCall.rollOf(sessionId);
  }

  public void reopen() {
    try {
      rollCall.reopen(sessionId, reopenReason);
      Messages.info("training.roll.reopened");
      reopenReason = null;
    } catch (IncubatorException e) {
      Messages.show(e);
    }
    roll = rollCall.rollOf(sessionId);
  }

  /** The token every tap of this person's roll pages carries, made once per signed-in session. */
  public String getToken() {
    HttpSession session =
        (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true);
    synchronized (session) {
      Object token = session.getAttribute(RollMarksServlet.TOKEN);
      if (token == null) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        token = HexFormat.of().formatHex(bytes);
        session.setAttribute(RollMarksServlet.TOKEN, token);
      }
      return (String) token;
    }
  }

  public String presenceOf(Long participantId) {
    Attendance mark = roll.markOf(participantId);
    return mark == null ? "" : mark.getPresence().name();
  }

  public Attendance markOf(Long participantId) {
    return roll.markOf(participantId);
  }

  public List<AbsenceReason> getReasons() {
    return List.of(AbsenceReason.values());
  }

  public List<Integer> getLateMinutes() {
    return List.of(5, 10, 15, 30, 60);
  }

  public String getIdParameter() {
    return idParameter;
  }

  public void setIdParameter(String idParameter) {
    this.idParameter = idParameter;
  }

  public Long getSessionId() {
    return sessionId;
  }

  public Roll getRoll() {
    return roll;
  }

  public String getReopenReason() {
    return reopenReason;
  }

  public void setReopenReason(String reopenReason) {
    this.reopenReason = reopenReason;
  }
}
