package org.incubator.web.selection;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.incubator.selection.Cohort;
import org.incubator.selection.CohortDetails;
import org.incubator.selection.Cohorts;
import org.incubator.selection.Committee;
import org.incubator.selection.CommitteeSession;
import org.incubator.selection.SessionDetails;
import org.incubator.shared.IncubatorException;
import org.incubator.web.identity.StaffNames;
import org.incubator.web.shared.Charts;
import org.incubator.web.shared.LocaleSelection;
import org.incubator.web.shared.Messages;

/**
 * A call's committee: its sessions, its cohorts and how full they are, and whom it has still to
 * decide on.
 */
@Named
@ViewScoped
public class CommitteeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RankingBacking ranking;

  @Inject private Committee committee;

  @Inject private Cohorts cohorts;

  @Inject private StaffNames names;

  @Inject private LocaleSelection localeSelection;

  private transient List<CommitteeSession> sessions;
  private transient List<Cohort> cohortList;

  /** The members chosen so far, as their checkboxes show them (unticking one leaves it out). */
  private final ArrayList<SelectItem> chosenMembers = new ArrayList<>();

  private String memberToAdd;
  private SessionDetails sessionDetails = new SessionDetails();
  private CohortDetails cohortDetails = new CohortDetails();
  private String fill;

  public void load() {
    ranking.committeeView();
    refresh();
  }

  private void refresh() {
    Long callId = ranking.getCallId();
    sessions = committee.sessionsOf(callId);
    cohortList = cohorts.ofCall(callId);
    fill =
        Charts.stackedBars(
            cohortList.stream().map(Cohort::getName).toList(),
            "rtl".equals(localeSelection.getDirection()),
            new Charts.Series(
                Messages.text("selection.cohort.taken"),
                "#2e7d32",
                cohortList.stream().map(Cohort::getAdmitted).toList()),
            new Charts.Series(
                Messages.text("selection.cohort.free"),
                "#90caf9",
                cohortList.stream().map(Cohort::getFreePlaces).toList()));
  }

  public void recordSession() {
    try {
      committee.openSession(ranking.getCallId(), sessionDetails);
      Messages.info("selection.committee.recorded");
      sessionDetails = new SessionDetails();
      chosenMembers.clear();
      refresh();
    } catch (IncubatorException e) {
      Messages.show(e);
    }
  }

  public void formCohort() {
    try {
      cohorts.form(ranking.getCallId(), cohortDetails);
      Messages.info("selection.cohort.formed", cohortDetails.getName());
      cohortDetails = new CohortDetails();
      refresh();
    } catch (IncubatorException e) {
      Messages.show(e);
    }
  }

  /** The latest session, which decisions taken from this page are recorded in. */
  public Long getLatestSessionId() {
    return sessions.isEmpty() ? null : sessions.get(0).getId();
  }

  public List<CommitteeSession> getSessions() {
    return sessions;
  }

  public List<Cohort> getCohorts() {
    return cohortList;
  }

  /** The person picked in the member's field joins the chosen, ticked. */
  public void addMember() {
    String member = memberToAdd;
    memberToAdd = null;
    if (member == null || member.isBlank() || sessionDetails.getMembers().contains(member)) {
      return;
    }
    List<String> members = new ArrayList<>(sessionDetails.getMembers());
    members.add(member);
    sessionDetails.setMembers(members);
    // someone picked, unticked and picked again keeps their one checkbox
    if (chosenMembers.stream().noneMatch(chosen -> member.equals(chosen.getValue()))) {
      chosenMembers.add(new SelectItem(member, names.of(member)));
    }
  }

  /** Who sat at a session, by name. */
  public List<String> membersOf(CommitteeSession session) {
    names.know(sessions.stream().flatMap(s -> s.getMembers().stream()).toList());
    return session.getMembers().stream().map(names::of).sorted().toList();
  }

  public List<SelectItem> getChosenMembers() {
    return chosenMembers;
  }

  public String getMemberToAdd() {
    return memberToAdd;
  }

  public void setMemberToAdd(String memberToAdd) {
    this.memberToAdd = memberToAdd;
  }

  public SessionDetails getSessionDetails() {
    return sessionDetails;
  }

  public CohortDetails getCohortDetails() {
    return cohortDetails;
  }

  /** Taken and free places per cohort, as a chart. */
  public String getFill() {
    return fill;
  }
}
