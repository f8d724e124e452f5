package org.incubator.web.coaching;

import java.util.List;
import java.util.Map;
import org.incubator.coaching.CaseloadPerson;
import org.incubator.coaching.Caseloads;
import org.incubator.shared.PageRequest;
import org.incubator.web.shared.DatabaseLazyModel;
import org.primefaces.model.FilterMeta;

/** The people one mentor leads, by name, paged by the database. */
public class CaseloadLazyModel extends DatabaseLazyModel<CaseloadPerson, String> {

  private static final long serialVersionUID = 1L;

  private final transient Caseloads caseloads;
  private final String mentor;

  public CaseloadLazyModel(Caseloads caseloads, String mentor) {
    this.caseloads = caseloads;
    this.mentor = mentor;
  }

  @Override
  protected String filterOf(Map<String, FilterMeta> filterBy) {
    return mentor;
  }

  @Override
  protected long countOf(String mentor) {
    return caseloads.countPeople(mentor);
  }

  @Override
  protected List<CaseloadPerson> pageOf(String mentor, PageRequest page) {
    return caseloads.people(mentor, page);
  }

  @Override
  protected Object keyOf(CaseloadPerson row) {
    return row.participantId();
  }
}
