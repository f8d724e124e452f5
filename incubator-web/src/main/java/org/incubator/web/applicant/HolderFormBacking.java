package org.incubator.web.applicant;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.incubator.applicant.ProjectHolder;
import org.incubator.applicant.ProjectHolderDetails;
import org.incubator.applicant.ProjectHolderRegister;
import org.incubator.shared.ConcurrentUpdateException;
import org.incubator.shared.IncubatorException;
import org.incubator.web.shared.Messages;
import org.incubator.web.shared.RecordIds;

/**
 * Registers a new project holder, or edits one ({@code ?id=}). The version opened is kept with the
 * form: if another mentor saves first, this save is refused and the typed values stay on screen,
 * with a link to the latest version.
 */
@Named
@ViewScoped
public class HolderFormBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ProjectHolderRegister register;

  private String idParameter;
  private Long id;
  private long version;
  private ProjectHolderDetails details = new ProjectHolderDetails();
  private boolean conflict;

  /** Loads the holder named by {@code ?id=}; a new, empty form without it. */
  public void load() {
    if (idParameter != null && !FacesContext.getCurrentInstance().isPostback()) {
      id = RecordIds.parse(idParameter, "applicant.holder.notFound");
      ProjectHolder holder = register.getHolder(id);
      version = holder.getVersion();
      details = holder.toDetails();
    }
  }

  public String save() {
    try {
      if (id == null) {
        id = register.register(details);
        Messages.info(
            "applicant.form.registered", details.getFirstName() + " " + details.getLastName());
      } else {
        register.revise(id, version, details);
        Messages.info("applicant.form.saved");
      }
      return "/applicant/holder.xhtml?faces-redirect=true&id=" + id;
    } catch (ConcurrentUpdateException e) {
      conflict = true;
      Messages.show(e);
      return null;
    } catch (IncubatorException e) {
      Messages.show(e);
      return null;
    }
  }

  public boolean isNew() {
    return id == null;
  }

  public boolean isConflict() {
    return conflict;
  }

  public Long getId() {
    return id;
  }

  public String getIdParameter() {
    return idParameter;
  }

  public void setIdParameter(String idParameter) {
    this.idParameter = idParameter;
  }

  public ProjectHolderDetails getDetails() {
    return details;
  }
}
