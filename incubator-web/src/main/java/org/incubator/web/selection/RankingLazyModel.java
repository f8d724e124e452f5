package org.incubator.web.selection;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.incubator.selection.RankedApplication;
import org.incubator.selection.Ranking;
import org.incubator.selection.RankingFilter;
import org.incubator.shared.PageRequest;
import org.incubator.web.shared.DatabaseLazyModel;
import org.primefaces.model.FilterMeta;

/**
 * A call's ranking as a table, paged by the database, the best total first; the page sets the
 * filter.
 */
public class RankingLazyModel extends DatabaseLazyModel<RankedApplication, RankingFilter> {

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
  protected RankingFilter filterOf(Map<String, FilterMeta> filterBy) {
    return filter.get();
  }

  @Override
  protected long countOf(RankingFilter filter) {
    return ranking.count(filter);
  }

  @Override
  protected List<RankedApplication> pageOf(RankingFilter filter, PageRequest page) {
    return ranking.page(filter, page, locale.get());
  }

  @Override
  protected Object keyOf(RankedApplication row) {
    return row.getApplicationId();
  }
}
