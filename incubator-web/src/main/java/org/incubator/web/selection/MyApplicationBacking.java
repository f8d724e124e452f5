package org.incubator.web.selection;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.incubator.selection.Application;
import org.incubator.selection.ApplicationStatus;
import org.incubator.selection.MyApplications;
import org.incubator.selection.StatusChange;
import org.incubator.web.shared.Messages;
import org.incubator.web.shared.RecordIds;

/**
 * The entrepreneur's own applications: where each stands, what happened, why, and what comes
 * next, latest first. The service answers only for the signed-in entrepreneur's file.
 */
@Named
@RequestScoped
public class MyApplicationBacking {

  @Inject
  private MyApplications myApplications;

  private String idParameter;
  private Application application;
  private List<StatusChange> history;
  private long waitingPosition;
  private List<Application> mine;

  public void load() {
    application = myApplications.get(RecordIds.parse(idParameter, "selection.application.notFound"));
    history = new ArrayList<>(myApplications.history(application.getId()));
    Collections.reverse(history);
    waitingPosition = application.getStatus() == ApplicationStatus.WAITING ? myApplications.waitingPosition(application.getId()) : 0;
  }

  public List<Application> getMine() {
    if (mine == null) {
      mine = myApplications.mine();
    }
    return mine;
  }

  /** What the entrepreneur can expect now, in their language. */
  public String nextStep(Application of) {
    return Messages.text("my.next." + of.getStatus().name());
  }

  public String reasonOf(StatusChange change) {
    return Timeline.reasonOf(change);
  }

  public Application getApplication() {
    return application;
  }

  public List<StatusChange> getHistory() {
    return history;
  }

  public long getWaitingPosition() {
    return waitingPosition;
  }

  public String getIdParameter() {
    return idParameter;
  }

  public void setIdParameter(String idParameter) {
    this.idParameter = idParameter;
  }
}
