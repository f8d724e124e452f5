package org.incubator.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.incubator.training.TrainingCohorts;

/**
 * The cohorts, all or those in training now, each with its people, its sessions and the next one.
 */
@Named
@ViewScoped
public class TrainingCohortsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TrainingCohorts cohorts;

  private CohortTrainingLazyModel model;
  private String shown = "all";

  public void load() {
    if (model == null) {
      model = new CohortTrainingLazyModel(cohorts);
    }
    model.setInTrainingNow("now".equals(shown));
  }

  /** Which cohorts the list shows: {@code all}, or {@code now} (in training today). */
  public String getShown() {
    return shown;
  }

  public void setShown(String shown) {
    this.shown = "now".equals(shown) ? "now" : "all";
  }

  public CohortTrainingLazyModel getCohorts() {
    return model;
  }
}
