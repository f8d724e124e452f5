package org.incubator.web.coaching;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.incubator.coaching.Caseloads;
import org.incubator.web.shared.Messages;

/**
 * The mentors who may lead a person, as whoever chooses (the committee, the administrator) sees
 * them: by name, each with how many people they lead now and whether that is above the cap. Read
 * once for the page that holds it, until {@link #forget()}.
 */
@Dependent
public class LeadChoices implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Caseloads caseloads;

  private ArrayList<SelectItem> options;

  public ArrayList<SelectItem> options() {
    if (options == null) {
      options = read();
    }
    return options;
  }

  /** The caseloads changed: read them again when next asked. */
  public void forget() {
    options = null;
  }

  private ArrayList<SelectItem> read() {
    return caseloads.caseloads().stream()
        .sorted(Comparator.comparing(c -> c.name()))
        .map(
            c ->
                new SelectItem(
                    c.mentor(),
                    Messages.text(
                        c.isOverCap() ? "coaching.lead.optionOverCap" : "coaching.lead.option",
                        c.name(),
                        c.people())))
        .collect(Collectors.toCollection(ArrayList::new));
  }
}
