package org.incubator.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.incubator.training.PersonStanding;
import org.incubator.training.TrainingProgress;
import org.incubator.web.identity.CurrentUser;
import org.incubator.web.shared.RecordIds;

/**
 * On an admitted person's file (their application's page), for staff: where they stand in their
 * training, with the warnings a mentor should see and their certificate once trained. Read once per
 * view: the page's own actions do not change it.
 */
@Named
@ViewScoped
public class ApplicationTrainingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TrainingProgress progress;

  @Inject private CurrentUser currentUser;

  private String idParameter;
  private Long id;
  private transient PersonStanding standing;
  private transient boolean read;

  public void load() {
    if (id == null) {
      id = RecordIds.parse(idParameter, "selection.application.notFound");
    }
  }

  /** None before admission, and for whoever does not follow training. */
  public PersonStanding getStanding() {
    if (!read) {
      read = true;
      if (id != null && (currentUser.is("MENTOR") || currentUser.is("ADMIN"))) {
        standing = progress.ofApplication(id).orElse(null);
      }
    }
    return standing;
  }

  public String getIdParameter() {
    return idParameter;
  }

  public void setIdParameter(String idParameter) {
    this.idParameter = idParameter;
  }
}
