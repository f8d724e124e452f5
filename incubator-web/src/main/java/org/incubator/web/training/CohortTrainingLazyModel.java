package org.incubator.web.training;

import java.util.List;
import java.util.Map;
import org.incubator.shared.PageRequest;
import org.incubator.training.CohortInTraining;
import org.incubator.training.TrainingCohorts;
import org.incubator.web.shared.DatabaseLazyModel;
import org.primefaces.model.FilterMeta;

/** The training's cohorts, paged by the database, the latest starting first. */
public class CohortTrainingLazyModel extends DatabaseLazyModel<CohortInTraining, String> {

  private static final long serialVersionUID = 1L;

  private final transient TrainingCohorts cohorts;

  public CohortTrainingLazyModel(TrainingCohorts cohorts) {
    this.cohorts = cohorts;
  }

  @Override
  protected String filterOf(Map<String, FilterMeta> filterBy) {
    return WHOLE_LIST;
  }

  @Override
  protected long countOf(String filter) {
    return cohorts.count();
  }

  @Override
  protected List<CohortInTraining> pageOf(String filter, PageRequest page) {
    return cohorts.page(page);
  }

  @Override
  protected Object keyOf(CohortInTraining row) {
    return row.getId();
  }
}
