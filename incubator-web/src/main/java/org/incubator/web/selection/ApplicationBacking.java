package org.incubator.web.selection;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
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
import org.incubator.selection.ScoringGrid;
import org.incubator.selection.StatusChange;
import org.incubator.selection.SupportGiven;
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

  /** Placeholders until the page loads: the fields are built before the view action runs. */
  private List<Mark> marks = Mark.of(ScoringGrid.standard(), Map.of());

  private Long sessionId;
  private Long cohortId;
  private String leadMentor;
  private String reason;
  private long waitingPosition;
  private transient List<ApplicationDocument> documents;
  private List<String> earlierSupport;
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
    marks = Mark.of(application.getCall().getGrid(), application.getMarks());
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
    earlierSupport = earlierSupport(applications.earlierSupport(id));
  }

  /**
   * What the same person already received for other applications within the setting's years, one
   * line each, to warn the mentor.
   */
  private List<String> earlierSupport(List<SupportGiven> given) {
    if (given.isEmpty()) {
      return List.of();
    }
    int years = applications.repeatYears();
    return given.stream()
        .map(
            g ->
                Messages.text(
                    "selection.application.supportedBefore." + g.kind().name(),
                    g.callName(),
                    labels.dateTime(g.at()),
                    years,
                    g.getAmount().map(labels::money).orElse("")))
        .toList();
  }

  /** What the same person already received, one warning line each. */
  public List<String> getEarlierSupport() {
    return earlierSupport;
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
    Map<Criterion, Integer> typed = Mark.typed(marks);
    act(() -> applications.score(id, application.getVersion(), typed), "selection.score.saved");
  }

  public void shortlist() {
    act(() -> applications.shortlist(id), "selection.application.shortlisted");
  }

  public void admit() {
    act(
        () -> committee.admit(requiredSession(), id, cohortId, leadMentor),
        "selection.decision.proposed");
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
      Map<Criterion, Integer> typed = Mark.typed(marks);
      refresh();
      marks = Mark.of(application.getCall().getGrid(), typed);
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

  /** One mark per criterion of the call's grid, as typed. */
  public List<Mark> getMarks() {
    return marks;
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

  public String getLeadMentor() {
    return leadMentor;
  }

  public void setLeadMentor(String leadMentor) {
    this.leadMentor = leadMentor;
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
