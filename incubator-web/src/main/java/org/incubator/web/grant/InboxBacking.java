package org.incubator.web.grant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.incubator.grant.GrantReview;
import org.incubator.grant.InboxItem;
import org.incubator.web.shared.WholeListModel;

/** The reviewer's inbox page. */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private GrantReview review;

  private WholeListModel<InboxItem> items;

  public void load() {
    items = WholeListModel.of("inbox", review::inboxCount, review::inbox, InboxItem::getRequestId);
  }

  public WholeListModel<InboxItem> getItems() {
    return items;
  }
}
