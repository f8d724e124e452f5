package org.incubator.web.grant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.incubator.grant.GrantReview;

/** The reviewer's inbox page. */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private GrantReview review;

  private InboxLazyModel items;

  public void load() {
    items = new InboxLazyModel(review);
  }

  public InboxLazyModel getItems() {
    return items;
  }
}
