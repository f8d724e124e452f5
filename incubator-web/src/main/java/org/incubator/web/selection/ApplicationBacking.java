package org.incubator.web.selection;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.incubator.grant.Disbursements;
import org.incubator.grant.GrantRequest;
import org.incubator.grant.GrantRequests;
import org.incubator.grant.GrantStatus;
import org.incubator.grant.Milestone;
import org.incubator.selection.Application;
import org.incubator.selection.ApplicationDocument;
import org.incubator.selection.ApplicationStatus;
import org.incubator.selection.Applications;
import org.incubator.selection.CallsForApplications;
import org.incubator.selection.Cohorts;
import org.incubator.selection.Committee;
import org.incubator.selection.CommitteeProposal;
import org.incubator.selection.CommitteeSession;
import org.incubator.selection.Criterion;
import org.incubator.selection.RuleOutcome;
import org.incubator.selection.StatusChange;
import org.incubator.shared.IncubatorException;
import org.incubator.web.shared.Labels;
import org.incubator.web.shared.Messages;
import org.incubator.web.shared.RecordIds;

/**
 * One application as mentors and the committee work on it: eligibility rule by rule, marks on the
 * call's grid, the committee's decision, and the timeline of every move.
 */
@Named
@ViewScoped
public class ApplicationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Applications applications;

  @Inject private CallsForApplications calls;

  @Inject private Cohorts cohorts;

  @Inject private Committee committee;

  @Inject private Labels labels;

  @Inject private GrantRequests grantRequests;

  @Inject private Disbursements disbursements;

  private Milestone milestone;
  private LocalDate reachedOn = LocalDate.now();
  private String milestoneNote;

  private String idParameter;
  private String sessionParameter;
  private String withdrawReason;
  private Long id;
  private transient Application application;
  private List<RuleOutcome> outcomes;
  private List<StatusChange> history;
  private List<String> conflicts;
  private transient CommitteeProposal proposal;
  private List<SelectItem> sessionOptions;
  private List<SelectItem> cohortOptions;
  private Integer markVulnerability;
  private Integer markSkills;
  private Integer markViability;
  private Integer markInterview;
  private Long sessionId;
  private Long cohortId;
  private String reason;
  private long waitingPosition;
  private transient List<ApplicationDocument> documents;
  private transient List<StatusChange> earlierAdmissions;
  private transient List<GrantRequest> grants;
  private final DocumentUpload upload = new DocumentUpload();

  public void load() {
    if (id == null) {
      id = RecordIds.parse(idParameter, "selection.application.notFound");
      if (sessionParameter != null && !sessionParameter.isBlank()) {
        sessionId = RecordIds.parse(sessionParameter, "selection.committee.notFound");
      }
    }
    refresh();
  }

  private void refresh() {
    application = applications.getApplication(id);
    Long callId = application.getCall().getId();
    outcomes = calls.assess(application.getHolder().getId(), callId);
    history = applications.history(id);
    conflicts = committee.conflictsOf(id);
    proposal = committee.openProposal(id).orElse(null);
    Map<Criterion, Integer> given = application.getMarks();
    markVulnerability = given.get(Criterion.VULNERABILITY);
    markSkills = given.get(Criterion.SKILLS);
    markViability = given.get(Criterion.VIABILITY);
    markInterview = given.get(Criterion.INTERVIEW);
    List<CommitteeSession> sessions = committee.sessionsOf(callId);
    sessionOptions =
        sessions.stream()
            .map(
                s ->
                    new SelectItem(
                        s.getId(),
                        labels.date(s.getHeldOn())
                            + " — "
                            + String.join(", ", s.getMembers().stream().sorted().toList())))
            .toList();
    if (sessionId == null && !sessions.isEmpty()) {
      sessionId = sessions.get(0).getId();
    }
    cohortOptions =
        cohorts.ofCall(callId).stream()
            .map(
                c ->
                    new SelectItem(
                        c.getId(),
                        Messages.text(
                            "selection.cohort.option",
                            c.getName(),
                            c.getFreePlaces(),
                            c.getCapacity()),
                        null,
                        c.isFull()))
            .toList();
    waitingPosition =
        application.getStatus() == ApplicationStatus.WAITING ? applications.waitingPosition(id) : 0;
    documents = applications.documentsOf(id);
    earlierAdmissions = applications.earlierAdmissions(id);
    grants =
        application.getStatus() == ApplicationStatus.ADMITTED
            ? grantRequests.ofApplication(id)
            : List.of();
  }

  /** The seed-grant requests of an admitted entrepreneur, the latest version first. */
  public List<GrantRequest> getGrants() {
    return grants;
  }

  /** The mentor confirms a milestone that unlocks a tranche (training, kit, launch, evaluation). */
  public void confirmMilestone() {
    act(
        () -> disbursements.confirmMilestone(id, milestone, reachedOn, milestoneNote),
        "grant.milestone.confirmed");
  }

  public Milestone getMilestone() {
    return milestone;
  }

  public void setMilestone(Milestone milestone) {
    this.milestone = milestone;
  }

  public LocalDate getReachedOn() {
    return reachedOn;
  }

  public void setReachedOn(LocalDate reachedOn) {
    this.reachedOn = reachedOn;
  }

  public String getMilestoneNote() {
    return milestoneNote;
  }

  public void setMilestoneNote(String milestoneNote) {
    this.milestoneNote = milestoneNote;
  }

  /**
   * Whether a mentor may prepare a new request: admitted, and no request in progress or approved.
   */
  public boolean isGrantPreparable() {
    return application.getStatus() == ApplicationStatus.ADMITTED
        && grants.stream()
            .allMatch(
                g ->
                    g.getStatus() == GrantStatus.REJECTED
                        || g.getStatus() == GrantStatus.WITHDRAWN);
  }

  /**
   * Earlier admissions of the same person within the setting's years, one line each, to warn the
   * mentor.
   */
  public List<String> getEarlierSupport() {
    return earlierAdmissions.stream()
        .map(
            c ->
                Messages.text(
                    "selection.application.supportedBefore",
                    c.getApplication().getCall().getName(),
                    labels.dateTime(c.getAt()),
                    applications.repeatYears()))
        .toList();
  }

  public void attach() {
    if (upload.send((kind, name, content) -> applications.attach(id, kind, name, content))) {
      refresh();
    }
  }

  public List<ApplicationDocument> getDocuments() {
    return documents;
  }

  public DocumentUpload getUpload() {
    return upload;
  }

  public void score() {
    Map<Criterion, Integer> marks = new EnumMap<>(Criterion.class);
    marks.put(Criterion.VULNERABILITY, markVulnerability);
    marks.put(Criterion.SKILLS, markSkills);
    marks.put(Criterion.VIABILITY, markViability);
    marks.put(Criterion.INTERVIEW, markInterview);
    act(() -> applications.score(id, application.getVersion(), marks), "selection.score.saved");
  }

  public void shortlist() {
    act(() -> applications.shortlist(id), "selection.application.shortlisted");
  }

  public void admit() {
    act(() -> committee.admit(requiredSession(), id, cohortId), "selection.decision.proposed");
  }

  public void putOnWaitingList() {
    act(() -> committee.putOnWaitingList(requiredSession(), id), "selection.decision.proposed");
  }

  public void decline() {
    act(() -> committee.decline(requiredSession(), id, reason), "selection.decision.proposed");
  }

  public void declareConflict() {
    act(() -> committee.declareConflict(id), "selection.committee.conflictDeclared");
  }

  /** The second member present confirms the proposal: the decision takes effect. */
  public void confirmProposal() {
    act(() -> committee.confirm(proposal.getId()), "selection.decision.confirmed");
  }

  public void setProposalAside() {
    act(() -> committee.setAside(proposal.getId()), "selection.decision.setAside");
  }

  public String getWithdrawReason() {
    return withdrawReason;
  }

  public void setWithdrawReason(String withdrawReason) {
    this.withdrawReason = withdrawReason;
  }

  public void withdraw() {
    act(() -> applications.withdraw(id, withdrawReason), "selection.application.withdrawnMessage");
  }

  private Long requiredSession() {
    if (sessionId == null) {
      throw IncubatorException.onField("session", "selection.decision.sessionRequired");
    }
    return sessionId;
  }

  /**
   * Runs one use case; success reloads the page's data, a refusal shows on its field and the marks
   * typed stay as they were typed.
   */
  private void act(Runnable useCase, String doneKey) {
    try {
      useCase.run();
      refresh();
      reason = null;
      Messages.info(doneKey, application.getHolder().getFullName());
    } catch (IncubatorException e) {
      Messages.show(e);
      Integer[] typed = {markVulnerability, markSkills, markViability, markInterview};
      refresh();
      markVulnerability = typed[0];
      markSkills = typed[1];
      markViability = typed[2];
      markInterview = typed[3];
    }
  }

  public boolean isEligible() {
    return outcomes.stream().allMatch(RuleOutcome::passed);
  }

  public boolean isScorable() {
    var status = application.getStatus();
    return status == ApplicationStatus.ELIGIBLE || status == ApplicationStatus.SHORTLISTED;
  }

  public boolean isDecidable() {
    var status = application.getStatus();
    return status == ApplicationStatus.SHORTLISTED || status == ApplicationStatus.WAITING;
  }

  public boolean isWithdrawable() {
    return application.getStatus().canMoveTo(ApplicationStatus.WITHDRAWN);
  }

  public boolean isScored(String criterion) {
    return application.getCall().getGrid().isScored(Criterion.valueOf(criterion));
  }

  public String reasonOf(StatusChange change) {
    return Timeline.reasonOf(change);
  }

  public Application getApplication() {
    return application;
  }

  public List<RuleOutcome> getOutcomes() {
    return outcomes;
  }

  public List<StatusChange> getHistory() {
    return history;
  }

  /** The decision a member proposed, waiting for a second member present. */
  public CommitteeProposal getProposal() {
    return proposal;
  }

  public List<String> getConflicts() {
    return conflicts;
  }

  public List<SelectItem> getSessionOptions() {
    return sessionOptions;
  }

  public List<SelectItem> getCohortOptions() {
    return cohortOptions;
  }

  public Integer getMarkVulnerability() {
    return markVulnerability;
  }

  public void setMarkVulnerability(Integer markVulnerability) {
    this.markVulnerability = markVulnerability;
  }

  public Integer getMarkSkills() {
    return markSkills;
  }

  public void setMarkSkills(Integer markSkills) {
    this.markSkills = markSkills;
  }

  public Integer getMarkViability() {
    return markViability;
  }

  public void setMarkViability(Integer markViability) {
    this.markViability = markViability;
  }

  public Integer getMarkInterview() {
    return markInterview;
  }

  public void setMarkInterview(Integer markInterview) {
    this.markInterview = markInterview;
  }

  public long getWaitingPosition() {
    return waitingPosition;
  }

  public Long getSessionId() {
    return sessionId;
  }

  public void setSessionId(Long sessionId) {
    this.sessionId = sessionId;
  }

  public Long getCohortId() {
    return cohortId;
  }

  public void setCohortId(Long cohortId) {
    this.cohortId = cohortId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getIdParameter() {
    return idParameter;
  }

  public void setIdParameter(String idParameter) {
    this.idParameter = idParameter;
  }

  public String getSessionParameter() {
    return sessionParameter;
  }

  public void setSessionParameter(String sessionParameter) {
    this.sessionParameter = sessionParameter;
  }
}
