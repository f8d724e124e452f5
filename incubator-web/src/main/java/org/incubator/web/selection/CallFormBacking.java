package org.incubator.web.selection;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.incubator.selection.CallDetails;
import org.incubator.selection.CallForApplications;
import org.incubator.selection.CallsForApplications;
import org.incubator.shared.IncubatorException;
import org.incubator.web.shared.Messages;
import org.incubator.web.shared.RecordIds;

/** Opens a call for applications, or edits one ({@code ?id=}), with its eligibility rules. */
@Named
@ViewScoped
public class CallFormBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CallsForApplications calls;

  private String idParameter;
  private Long id;
  private long version;
  private CallDetails details = new CallDetails();

  public void load() {
    if (idParameter != null && !FacesContext.getCurrentInstance().isPostback()) {
      id = RecordIds.parse(idParameter, "selection.call.notFound");
      CallForApplications call = calls.getCall(id);
      version = call.getVersion();
      details = call.toDetails();
    }
  }

  public String save() {
    try {
      if (id == null) {
        calls.open(details);
        Messages.info("selection.call.form.opened", details.getName());
      } else {
        int changed = calls.revise(id, version, details);
        Messages.info("selection.call.form.saved", changed);
      }
      return "/selection/calls.xhtml?faces-redirect=true";
    } catch (IncubatorException e) {
      Messages.show(e);
      return null;
    }
  }

  public boolean isNew() {
    return id == null;
  }

  public String getIdParameter() {
    return idParameter;
  }

  public void setIdParameter(String idParameter) {
    this.idParameter = idParameter;
  }

  public CallDetails getDetails() {
    return details;
  }
}
