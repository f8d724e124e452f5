package org.incubator.web.selection;

import java.util.List;
import java.util.Map;
import org.incubator.selection.CallForApplications;
import org.incubator.selection.CallsForApplications;
import org.incubator.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The calls' table, paged by the database, the latest closing first. */
public class CallLazyModel extends LazyDataModel<CallForApplications> {

  private static final long serialVersionUID = 1L;

  private final transient CallsForApplications calls;

  public CallLazyModel(CallsForApplications calls) {
    this.calls = calls;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(calls.count());
  }

  @Override
  public List<CallForApplications> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return calls.list(
        new PageRequest(first, Math.min(pageSize, PageRequest.MAX_SIZE), null, false));
  }

  @Override
  public String getRowKey(CallForApplications call) {
    return String.valueOf(call.getId());
  }
}
