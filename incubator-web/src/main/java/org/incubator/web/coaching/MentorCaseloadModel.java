package org.incubator.web.coaching;

import java.util.List;
import java.util.Map;
import org.incubator.coaching.Caseload;
import org.incubator.coaching.Caseloads;
import org.incubator.shared.PageRequest;
import org.incubator.web.shared.DatabaseLazyModel;
import org.primefaces.model.FilterMeta;

/** Every active mentor's caseload, fullest first, paged by the database. */
public class MentorCaseloadModel extends DatabaseLazyModel<Caseload, String> {

  private static final long serialVersionUID = 1L;

  private final transient Caseloads caseloads;
  private final int cap;

  public MentorCaseloadModel(Caseloads caseloads, int cap) {
    this.caseloads = caseloads;
    this.cap = cap;
  }

  @Override
  protected String filterOf(Map<String, FilterMeta> filterBy) {
    return WHOLE_LIST;
  }

  @Override
  protected long countOf(String filter) {
    return caseloads.countMentors();
  }

  @Override
  protected List<Caseload> pageOf(String filter, PageRequest page) {
    return caseloads.caseloads(page, cap);
  }

  @Override
  protected Object keyOf(Caseload row) {
    return row.mentor();
  }
}
