package org.incubator.web.grant;

import java.util.List;
import java.util.Map;
import org.incubator.grant.GrantReview;
import org.incubator.grant.InboxItem;
import org.incubator.shared.PageRequest;
import org.incubator.web.shared.DatabaseLazyModel;
import org.primefaces.model.FilterMeta;

/** A reviewer's inbox as a table, paged by the database, the longest waiting first. */
public class InboxLazyModel extends DatabaseLazyModel<InboxItem, String> {

  private static final long serialVersionUID = 1L;

  private final transient GrantReview review;

  public InboxLazyModel(GrantReview review) {
    this.review = review;
  }

  @Override
  protected String filterOf(Map<String, FilterMeta> filterBy) {
    return WHOLE_LIST;
  }

  @Override
  protected long countOf(String filter) {
    return review.inboxCount();
  }

  @Override
  protected List<InboxItem> pageOf(String filter, PageRequest page) {
    return review.inbox(page);
  }

  @Override
  protected Object keyOf(InboxItem row) {
    return row.getRequestId();
  }
}
