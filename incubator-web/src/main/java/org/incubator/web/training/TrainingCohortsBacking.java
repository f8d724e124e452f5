package org.incubator.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.incubator.training.TrainingCohorts;

/** The cohorts in training, each with its people, its sessions and the next one. */
@Named
@ViewScoped
public class TrainingCohortsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TrainingCohorts cohorts;

  private CohortTrainingLazyModel model;

  public void load() {
    model = new CohortTrainingLazyModel(cohorts);
  }

  public CohortTrainingLazyModel getCohorts() {
    return model;
  }
}
