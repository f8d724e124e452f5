package org.incubator.web.starterkit;

import java.util.List;
import java.util.Map;
import org.incubator.shared.PageRequest;
import org.incubator.starterkit.DeliverySummary;
import org.incubator.starterkit.Stock;
import org.incubator.web.shared.DatabaseLazyModel;
import org.primefaces.model.FilterMeta;

/** The deliveries received, the latest first, paged by the database. */
public class DeliveryLazyModel extends DatabaseLazyModel<DeliverySummary, String> {

  private static final long serialVersionUID = 1L;

  private final transient Stock stock;

  public DeliveryLazyModel(Stock stock) {
    this.stock = stock;
  }

  @Override
  protected String filterOf(Map<String, FilterMeta> filterBy) {
    return WHOLE_LIST;
  }

  @Override
  protected long countOf(String filter) {
    return stock.countDeliveries();
  }

  @Override
  protected List<DeliverySummary> pageOf(String filter, PageRequest page) {
    return stock.deliveries(page);
  }

  @Override
  protected Object keyOf(DeliverySummary row) {
    return row.id();
  }
}
