package org.incubator.web.training;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.incubator.shared.CentreTime;
import org.incubator.shared.IncubatorException;
import org.incubator.training.Curriculum;
import org.incubator.training.SessionChange;
import org.incubator.training.SessionPlan;
import org.incubator.training.TrainingSession;
import org.incubator.training.TrainingSessions;
import org.incubator.web.shared.LocaleSelection;
import org.incubator.web.shared.Messages;
import org.incubator.web.shared.RecordIds;

/** One training session: what, when, where, who; moving or cancelling it; its history. */
@Named
@ViewScoped
public class TrainingSessionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TrainingSessions trainingSessions;

  @Inject private Curriculum curriculum;

  @Inject private LocaleSelection localeSelection;

  private String idParameter;
  private Long sessionId;
  private transient TrainingSession session;
  private transient List<SessionChange> history;
  private ArrayList<SelectItem> moduleOptions;
  private SessionPlan plan;
  private String cancelReason;

  public void load() {
    sessionId = RecordIds.parse(idParameter, "training.session.notFound");
    refresh();
    plan = SessionPlan.of(session);
    moduleOptions =
        curriculum.of(session.getCohort()).stream()
            .flatMap(v -> v.getModulesByTrack().stream())
            .map(m -> new SelectItem(m.getId(), m.titleIn(localeSelection.getLocale())))
            .collect(Collectors.toCollection(ArrayList::new));
  }

  private void refresh() {
    session = trainingSessions.getSession(sessionId);
    history = trainingSessions.historyOf(sessionId);
  }

  public void reschedule() {
    try {
      trainingSessions.reschedule(sessionId, session.getVersion(), plan);
      Messages.info("training.session.rescheduled");
      refresh();
      plan = SessionPlan.of(session);
    } catch (IncubatorException e) {
      Messages.show(e);
      refresh();
    }
  }

  public void cancel() {
    try {
      trainingSessions.cancel(sessionId, session.getVersion(), cancelReason);
      Messages.info("training.session.cancelledDone");
      cancelReason = null;
    } catch (IncubatorException e) {
      Messages.show(e);
    }
    refresh();
  }

  /** The roll can be opened from the session's day on (an administrator reopens a closed one). */
  public boolean isRollReachable() {
    return session.isScheduled() && !session.getDay().isAfter(CentreTime.today());
  }

  public String getIdParameter() {
    return idParameter;
  }

  public void setIdParameter(String idParameter) {
    this.idParameter = idParameter;
  }

  public TrainingSession getSession() {
    return session;
  }

  public List<SessionChange> getHistory() {
    return history;
  }

  public List<SelectItem> getModuleOptions() {
    return moduleOptions;
  }

  public SessionPlan getPlan() {
    return plan;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }
}
