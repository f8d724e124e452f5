package org.incubator.web.shared;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.incubator.shared.PageRequest;
import org.primefaces.model.FilterMeta;

/**
 * A list never narrowed (the inbox, the accounts, the calls…): its model is the service's two
 * calls, a count and a page. Its name keeps its count apart from other lists' in the person's
 * session.
 *
 * @param <T> a row, as the service's summary of it
 */
public final class WholeListModel<T> extends DatabaseLazyModel<T, String> {

  private static final long serialVersionUID = 1L;

  private final String name;
  private final transient LongSupplier count;
  private final transient Function<PageRequest, List<T>> page;
  private final transient Function<T, Object> key;

  private WholeListModel(
      String name,
      LongSupplier count,
      Function<PageRequest, List<T>> page,
      Function<T, Object> key) {
    this.name = name;
    this.count = count;
    this.page = page;
    this.key = key;
  }

  /**
   * The list named so (one name per list in the application), counted by {@code count}, read a page
   * at a time by {@code page}, each row known by {@code key} (its id).
   */
  public static <T> WholeListModel<T> of(
      String name,
      LongSupplier count,
      Function<PageRequest, List<T>> page,
      Function<T, Object> key) {
    return new WholeListModel<>(name, count, page, key);
  }

  @Override
  protected String filterOf(Map<String, FilterMeta> filterBy) {
    return name;
  }

  @Override
  protected long countOf(String filter) {
    return count.getAsLong();
  }

  @Override
  protected List<T> pageOf(String filter, PageRequest page) {
    return this.page.apply(page);
  }

  @Override
  protected Object keyOf(T row) {
    return key.apply(row);
  }
}
