package org.incubator.web.starterkit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.incubator.shared.IncubatorException;
import org.incubator.starterkit.MyKit;
import org.incubator.starterkit.PersonKit;
import org.incubator.web.shared.Messages;

/**
 * "My kit": what I received and its serial numbers, my receipt, what I committed to, and the
 * hand-over my mentor recorded that waits for me to confirm it here.
 */
@Named
@ViewScoped
public class MyKitBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MyKit myKit;

  private transient PersonKit mine;
  private transient boolean read;

  public void load() {
    mine = myKit.view().orElse(null);
    read = true;
  }

  public void confirm() {
    try {
      myKit.confirm(getMine().handover().getId());
      Messages.info("my.kit.confirmed");
    } catch (IncubatorException e) {
      Messages.show(e);
    }
    load();
  }

  public void confirmReturn(Long returnId) {
    try {
      myKit.confirmReturn(returnId);
      Messages.info("my.kit.returnConfirmed");
    } catch (IncubatorException e) {
      Messages.show(e);
    }
    load();
  }

  public PersonKit getMine() {
    if (!read) {
      load();
    }
    return mine;
  }
}
