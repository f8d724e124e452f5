package org.incubator.web.selection;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.incubator.applicant.ProjectHolder;
import org.incubator.selection.Application;
import org.incubator.selection.Applications;
import org.incubator.shared.IncubatorException;
import org.incubator.web.shared.Messages;

/** On a project holder's page: the holder's applications, and a paper application to a call. */
@Named
@ViewScoped
public class HolderApplicationsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Applications applications;

  private Long holderId;
  private Long callId;
  private transient List<Application> list;

  public void load(ProjectHolder holder) {
    holderId = holder.getId();
  }

  public List<Application> getList() {
    if (list == null) {
      list = applications.ofHolder(holderId);
    }
    return list;
  }

  public String apply() {
    try {
      Long id = applications.applyOnPaper(holderId, callId);
      Messages.info("selection.application.entered");
      return "/selection/application.xhtml?faces-redirect=true&id=" + id;
    } catch (IncubatorException e) {
      Messages.show(e);
      return null;
    }
  }

  public Long getCallId() {
    return callId;
  }

  public void setCallId(Long callId) {
    this.callId = callId;
  }
}
