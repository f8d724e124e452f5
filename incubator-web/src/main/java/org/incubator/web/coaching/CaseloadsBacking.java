package org.incubator.web.coaching;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.incubator.coaching.Caseload;
import org.incubator.coaching.CaseloadSpread;
import org.incubator.coaching.Caseloads;
import org.incubator.web.identity.CurrentUser;
import org.incubator.web.shared.Charts;
import org.incubator.web.shared.LocaleSelection;
import org.incubator.web.shared.Messages;
import org.incubator.web.shared.WholeListModel;

/**
 * The mentors' caseloads against the programme's cap: how they spread (a chart of a few bands,
 * whatever the number of mentors), every mentor's, fullest first, paged by the database, the people
 * with no lead mentor yet, and the people of one mentor (a mentor's own at first).
 */
@Named
@ViewScoped
public class CaseloadsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Caseloads caseloads;

  @Inject private CurrentUser currentUser;

  @Inject private LocaleSelection localeSelection;

  private String mentor;
  private CaseloadSpread spread;
  private WholeListModel<Caseload> all;
  private String chosenName;
  private CaseloadLazyModel people;

  public void load() {
    spread = caseloads.spread();
    int cap = spread.cap();
    all =
        WholeListModel.of(
            "caseloads",
            caseloads::countMentors,
            page -> caseloads.caseloads(page, cap),
            Caseload::mentor);
    boolean mentoring = currentUser.is("MENTOR");
    if (mentoring && (mentor == null || mentor.equalsIgnoreCase(currentUser.getUsername()))) {
      mentor = currentUser.getUsername();
      chosenName = currentUser.getDisplayName();
    } else {
      // only an active mentor's: whatever the address says, nobody else's list is read
      Caseload chosen =
          mentor == null ? null : caseloads.caseloadOf(mentor, spread.cap()).orElse(null);
      mentor = chosen == null ? null : chosen.mentor();
      chosenName = chosen == null ? null : chosen.name();
    }
    people = mentor == null ? null : new CaseloadLazyModel(caseloads, mentor);
  }

  /** How many mentors lead how many people, a bar per band of the cap: above it in red. */
  public String getChart() {
    List<CaseloadSpread.Band> bands = spread.bands();
    return Charts.stackedBars(
        bands.stream().map(this::label).toList(),
        localeSelection.isRightToLeft(),
        new Charts.Series(
            Messages.text("coaching.caseloads.withinCap"),
            "#1565c0",
            bands.stream().map(b -> b.isOverCap() ? 0 : b.mentors()).toList()),
        new Charts.Series(
            Messages.text("coaching.caseloads.aboveCap"),
            "#c62828",
            bands.stream().map(b -> b.isOverCap() ? b.mentors() : 0).toList()));
  }

  private String label(CaseloadSpread.Band band) {
    if (band.isOverCap()) {
      return Messages.text("coaching.caseloads.bandAbove", spread.cap());
    }
    return band.least() == band.most()
        ? Messages.text("coaching.caseloads.bandOf", band.least())
        : Messages.text("coaching.caseloads.band", band.least(), band.most());
  }

  /** Whose people the page lists: the signed-in mentor's at first, or the mentor chosen. */
  public String getChosenName() {
    return chosenName;
  }

  public int getCap() {
    return spread.cap();
  }

  public WholeListModel<Caseload> getAll() {
    return all;
  }

  public long getWithoutLead() {
    return spread.withoutLead();
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
