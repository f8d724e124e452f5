package org.incubator.web.selection;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.incubator.identity.Role;
import org.incubator.selection.CallSummary;
import org.incubator.selection.CallsForApplications;
import org.incubator.web.identity.CurrentUser;
import org.incubator.web.shared.LocaleSelection;
import org.incubator.web.shared.Messages;
import org.incubator.web.shared.WholeListModel;

/** The calls for applications as a lazy table. */
@Named
@ViewScoped
public class CallListBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CallsForApplications calls;

  @Inject private LocaleSelection localeSelection;

  @Inject private CurrentUser currentUser;

  private WholeListModel<CallSummary> model;
  private boolean admin;

  public void load() {
    model =
        WholeListModel.of(
            "calls",
            calls::count,
            page -> calls.page(page, localeSelection.getLocale()),
            CallSummary::id);
    admin = currentUser.is(Role.ADMIN.name());
  }

  /** Whether the reader may revise the calls: their names link to the call's form. */
  public boolean isAdmin() {
    return admin;
  }

  public WholeListModel<CallSummary> getCalls() {
    return model;
  }

  /**
   * The call's provinces in the reader's language: all of them, or the first few by name and how
   * many more.
   */
  public String provincesOf(CallSummary call) {
    if (call.coversEveryProvince()) {
      return Messages.text("selection.calls.everyProvince");
    }
    String named = String.join(", ", call.firstProvinces());
    return call.otherProvinces() > 0
        ? Messages.text("selection.calls.moreProvinces", named, call.otherProvinces())
        : named;
  }
}
