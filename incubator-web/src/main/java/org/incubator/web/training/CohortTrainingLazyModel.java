package org.incubator.web.training;

import java.util.List;
import java.util.Map;
import org.incubator.shared.PageRequest;
import org.incubator.training.CohortInTraining;
import org.incubator.training.TrainingCohorts;
import org.incubator.web.shared.DatabaseLazyModel;
import org.primefaces.model.FilterMeta;

/** The training's cohorts, paged by the database, the latest starting first. */
public class CohortTrainingLazyModel extends DatabaseLazyModel<CohortInTraining, Boolean> {

  private static final long serialVersionUID = 1L;

  private final transient TrainingCohorts cohorts;

  public CohortTrainingLazyModel(TrainingCohorts cohorts) {
    this.cohorts = cohorts;
  }

  /** The page's choice: only the cohorts in training now, or all. */
  private boolean inTrainingNow;

  public void setInTrainingNow(boolean inTrainingNow) {
    this.inTrainingNow = inTrainingNow;
  }

  @Override
  protected Boolean filterOf(Map<String, FilterMeta> filterBy) {
    return inTrainingNow;
  }

  @Override
  protected long countOf(Boolean inTrainingNow) {
    return cohorts.count(inTrainingNow);
  }

  @Override
  protected List<CohortInTraining> pageOf(Boolean inTrainingNow, PageRequest page) {
    return cohorts.page(page, inTrainingNow);
  }

  @Override
  protected Object keyOf(CohortInTraining row) {
    return row.getId();
  }
}
