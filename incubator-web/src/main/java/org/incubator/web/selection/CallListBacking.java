package org.incubator.web.selection;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.incubator.selection.CallForApplications;
import org.incubator.selection.CallsForApplications;
import org.incubator.web.shared.LocaleSelection;

/** The calls for applications as a lazy table. */
@Named
@ViewScoped
public class CallListBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CallsForApplications calls;

  @Inject private LocaleSelection localeSelection;

  private CallLazyModel model;

  public void load() {
    model = new CallLazyModel(calls);
  }

  public CallLazyModel getCalls() {
    return model;
  }

  /** The call's provinces, named in the reader's language, in alphabetical order. */
  public String provincesOf(CallForApplications call) {
    return call.getProvinces().stream()
        .map(p -> p.getName(localeSelection.getLocale()))
        .sorted(Comparator.naturalOrder())
        .collect(Collectors.joining(", "));
  }
}
