package org.incubator.web.shared;

import java.util.List;
import java.util.Map;
import org.incubator.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A table whose pages, sorting and filtering are the database's: the one way a list page reads its
 * rows. The list is counted once per filter and kept a while ({@link KeptReads}), not at every page
 * nor every time the page opens; each page passes the count on, so the service reads the last pages
 * from the end.
 *
 * @param <T> a row, as the service's summary of it
 * @param <F> what the list is narrowed to (a record: equal filters count once)
 */
public abstract class DatabaseLazyModel<T, F> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** The filter the table's filters (and the page's own choices) make. */
  protected abstract F filterOf(Map<String, FilterMeta> filterBy);

  /** How many rows the filter keeps: one statement. */
  protected abstract long countOf(F filter);

  /** One page of the rows the filter keeps: a bounded number of statements, whatever the data. */
  protected abstract List<T> pageOf(F filter, PageRequest page);

  /** The row's id, for the table's selection and row keys. */
  protected abstract Object keyOf(T row);

  @Override
  public final int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(total(filterOf(filterBy)));
  }

  @Override
  public final List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    F filter = filterOf(filterBy);
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    return pageOf(
        filter,
        new PageRequest(
            first,
            Math.min(pageSize, PageRequest.MAX_SIZE),
            sort == null ? null : sort.getField(),
            sort == null || sort.getOrder() != SortOrder.DESCENDING,
            total(filter)));
  }

  @Override
  public final String getRowKey(T row) {
    return String.valueOf(keyOf(row));
  }

  private long total(F filter) {
    return KeptReads.ofSession().count(getClass(), filter, () -> countOf(filter));
  }
}
