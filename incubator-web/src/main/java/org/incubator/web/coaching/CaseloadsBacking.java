package org.incubator.web.coaching;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.incubator.coaching.Caseload;
import org.incubator.coaching.Caseloads;
import org.incubator.web.identity.CurrentUser;
import org.incubator.web.shared.Charts;
import org.incubator.web.shared.LocaleSelection;
import org.incubator.web.shared.Messages;

/**
 * Every mentor's caseload against the programme's cap, as a table and a chart, the people with no
 * lead mentor yet, and the people of one mentor (a mentor's own at first).
 */
@Named
@ViewScoped
public class CaseloadsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Caseloads caseloads;

  @Inject private CurrentUser currentUser;

  @Inject private LocaleSelection localeSelection;

  private String mentor;
  private List<Caseload> all;
  private long withoutLead;
  private CaseloadLazyModel people;

  public void load() {
    all = caseloads.caseloads();
    withoutLead = caseloads.withoutLeadMentor();
    if (mentor == null && currentUser.is("MENTOR")) {
      mentor = currentUser.getUsername();
    }
    // only a mentor of the table: whatever the address says, nobody else's list is read
    mentor =
        all.stream().map(Caseload::mentor).filter(m -> m.equals(mentor)).findFirst().orElse(null);
    people = mentor == null ? null : new CaseloadLazyModel(caseloads, mentor);
  }

  public String getChart() {
    return Charts.stackedBars(
        all.stream().map(Caseload::name).toList(),
        localeSelection.isRightToLeft(),
        new Charts.Series(
            Messages.text("coaching.caseloads.launched"),
            "#2e7d32",
            all.stream().map(Caseload::launched).toList()),
        new Charts.Series(
            Messages.text("coaching.caseloads.notLaunched"),
            "#1565c0",
            all.stream().map(c -> c.people() - c.launched()).toList()));
  }

  public Caseload getChosen() {
    return all.stream().filter(c -> c.mentor().equals(mentor)).findFirst().orElse(null);
  }

  public int getCap() {
    return all.isEmpty() ? 0 : all.get(0).cap();
  }

  public List<Caseload> getAll() {
    return all;
  }

  public long getWithoutLead() {
    return withoutLead;
  }

  public CaseloadLazyModel getPeople() {
    return people;
  }

  public String getMentor() {
    return mentor;
  }

  public void setMentor(String mentor) {
    this.mentor = mentor;
  }
}
