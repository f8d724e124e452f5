package org.incubator.web.grant;

import java.util.List;
import java.util.Map;
import org.incubator.grant.GrantReview;
import org.incubator.grant.InboxItem;
import org.incubator.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A reviewer's inbox as a table, paged by the database, the longest waiting first. */
public class InboxLazyModel extends LazyDataModel<InboxItem> {

  private static final long serialVersionUID = 1L;

  private final transient GrantReview review;

  public InboxLazyModel(GrantReview review) {
    this.review = review;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(review.inboxCount());
  }

  @Override
  public List<InboxItem> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return review.inbox(
        new PageRequest(first, Math.min(pageSize, PageRequest.MAX_SIZE), null, false));
  }

  @Override
  public String getRowKey(InboxItem item) {
    return String.valueOf(item.getRequestId());
  }
}
