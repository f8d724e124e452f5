package org.incubator.web.selection;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.incubator.selection.RankedApplication;
import org.incubator.selection.Ranking;
import org.incubator.selection.RankingFilter;
import org.incubator.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A call's ranking as a table, paged by the database; the filter is read afresh for every page. */
public class RankingLazyModel extends LazyDataModel<RankedApplication> {

  private static final long serialVersionUID = 1L;

  private final transient Ranking ranking;
  private final transient Supplier<RankingFilter> filter;
  private final transient Supplier<Locale> locale;

  public RankingLazyModel(
      Ranking ranking, Supplier<RankingFilter> filter, Supplier<Locale> locale) {
    this.ranking = ranking;
    this.filter = filter;
    this.locale = locale;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(ranking.count(filter.get()));
  }

  @Override
  public List<RankedApplication> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return ranking.page(
        filter.get(),
        new PageRequest(first, Math.min(pageSize, PageRequest.MAX_SIZE), null, false),
        locale.get());
  }

  @Override
  public String getRowKey(RankedApplication row) {
    return String.valueOf(row.getApplicationId());
  }
}
