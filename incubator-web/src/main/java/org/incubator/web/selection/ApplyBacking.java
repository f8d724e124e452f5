package org.incubator.web.selection;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.incubator.applicant.ProjectHolderDetails;
import org.incubator.selection.CallForApplications;
import org.incubator.selection.MyApplications;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.NotFoundException;
import org.incubator.web.shared.Messages;
import org.incubator.web.shared.RecordIds;

/**
 * An applicant's own form for one open call ({@code ?call=}): what they typed comes back from their
 * draft; "save the draft" keeps it as it is, "send" checks everything and submits.
 */
@Named
@ViewScoped
public class ApplyBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MyApplications myApplications;

  private String callParameter;
  private Long callId;
  private String callName;
  private ProjectHolderDetails details;
  private Instant savedAt;

  public void load() {
    if (callId == null) {
      callId = RecordIds.parse(callParameter, "selection.call.notFound");
      CallForApplications call =
          myApplications.openCalls().stream()
              .filter(c -> c.getId().equals(callId))
              .findFirst()
              .orElseThrow(() -> new NotFoundException("selection.call.notFound", callId));
      callName = call.getName();
      details = myApplications.draft(callId);
      savedAt = myApplications.draftSavedAt(callId).orElse(null);
    }
  }

  public void saveDraft() {
    try {
      myApplications.saveDraft(callId, details);
      savedAt = Instant.now();
      Messages.info("my.apply.draftSaved");
    } catch (IncubatorException e) {
      Messages.show(e);
    }
  }

  public String submit() {
    try {
      Long id = myApplications.submit(callId, details);
      Messages.info("my.apply.sent", callName);
      return "/my/application.xhtml?faces-redirect=true&id=" + id;
    } catch (IncubatorException e) {
      Messages.show(e);
      return null;
    }
  }

  public String getCallName() {
    return callName;
  }

  public ProjectHolderDetails getDetails() {
    return details;
  }

  public Instant getSavedAt() {
    return savedAt;
  }

  public String getCallParameter() {
    return callParameter;
  }

  public void setCallParameter(String callParameter) {
    this.callParameter = callParameter;
  }
}
