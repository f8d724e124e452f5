package org.incubator.web.selection;

import java.util.List;
import java.util.Map;
import org.incubator.selection.CallForApplications;
import org.incubator.selection.CallsForApplications;
import org.incubator.shared.PageRequest;
import org.incubator.web.shared.DatabaseLazyModel;
import org.primefaces.model.FilterMeta;

/** The calls' table, paged by the database, the latest closing first. */
public class CallLazyModel extends DatabaseLazyModel<CallForApplications, String> {

  private static final long serialVersionUID = 1L;

  private final transient CallsForApplications calls;

  public CallLazyModel(CallsForApplications calls) {
    this.calls = calls;
  }

  @Override
  protected String filterOf(Map<String, FilterMeta> filterBy) {
    return WHOLE_LIST;
  }

  @Override
  protected long countOf(String filter) {
    return calls.count();
  }

  @Override
  protected List<CallForApplications> pageOf(String filter, PageRequest page) {
    return calls.list(page);
  }

  @Override
  protected Object keyOf(CallForApplications row) {
    return row.getId();
  }
}
