package org.incubator.web.selection;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.incubator.selection.CallSummary;
import org.incubator.selection.CallsForApplications;
import org.incubator.shared.PageRequest;
import org.incubator.web.shared.DatabaseLazyModel;
import org.primefaces.model.FilterMeta;

/** The calls' table, paged by the database, the latest closing first. */
public class CallLazyModel extends DatabaseLazyModel<CallSummary, String> {

  private static final long serialVersionUID = 1L;

  private final transient CallsForApplications calls;
  private final transient Supplier<Locale> locale;

  public CallLazyModel(CallsForApplications calls, Supplier<Locale> locale) {
    this.calls = calls;
    this.locale = locale;
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
  protected List<CallSummary> pageOf(String filter, PageRequest page) {
    return calls.page(page, locale.get());
  }

  @Override
  protected Object keyOf(CallSummary row) {
    return row.id();
  }
}
