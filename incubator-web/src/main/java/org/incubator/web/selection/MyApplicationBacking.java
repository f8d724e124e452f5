package org.incubator.web.selection;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.incubator.grant.Disbursements;
import org.incubator.grant.GrantEvent;
import org.incubator.grant.GrantRequest;
import org.incubator.grant.MyGrants;
import org.incubator.grant.TrancheState;
import org.incubator.selection.Application;
import org.incubator.selection.ApplicationDocument;
import org.incubator.selection.ApplicationStatus;
import org.incubator.selection.CallForApplications;
import org.incubator.selection.MyApplications;
import org.incubator.selection.StatusChange;
import org.incubator.web.shared.Labels;
import org.incubator.web.shared.Messages;
import org.incubator.web.shared.RecordIds;

/**
 * The entrepreneur's own applications: where each stands, what happened, why, what comes next, and
 * the documents attached. The service answers only for the signed-in entrepreneur's file.
 */
@Named
@ViewScoped
public class MyApplicationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Labels labels;

  @Inject private MyApplications myApplications;

  private Boolean identityToConfirm;

  @Inject private MyGrants myGrants;

  @Inject private Disbursements disbursements;

  private String idParameter;
  private Long id;
  private transient Application application;
  private transient List<StatusChange> history;
  private transient List<ApplicationDocument> documents;
  private transient List<GrantRequest> grants;
  private transient List<Application> mine;
  private transient List<CallForApplications> openCalls;
  private long waitingPosition;
  private final DocumentUpload upload = new DocumentUpload();
  private transient Map<Long, List<TrancheState>> tranches;
  private transient Map<Long, List<GrantEvent>> decisions;

  public void load() {
    if (id == null) {
      id = RecordIds.parse(idParameter, "selection.application.notFound");
    }
    refresh();
  }

  private void refresh() {
    application = myApplications.get(id);
    history = new ArrayList<>(application.getHistory());
    Collections.reverse(history);
    documents = myApplications.documentsOf(id);
    grants = myGrants.mine().stream().filter(g -> g.getApplication().getId().equals(id)).toList();
    tranches =
        grants.stream()
            .collect(
                Collectors.toMap(GrantRequest::getId, g -> disbursements.myTranches(g.getId())));
    decisions =
        grants.stream()
            .collect(Collectors.toMap(GrantRequest::getId, g -> myGrants.decisions(g.getId())));
    waitingPosition =
        application.getStatus() == ApplicationStatus.WAITING
            ? myApplications.waitingPosition(id)
            : 0;
  }

  public void attach() {
    if (upload.send((kind, name, content) -> myApplications.attach(id, kind, name, content))) {
      refresh();
    }
  }

  public List<Application> getMine() {
    if (mine == null) {
      mine = myApplications.mine();
    }
    return mine;
  }

  /**
   * Whether a mentor still has to confirm who I am (loaded once per request, like the lists above).
   */
  public boolean isIdentityToConfirm() {
    if (identityToConfirm == null) {
      identityToConfirm = myApplications.identityToConfirm();
    }
    return identityToConfirm;
  }

  /** Open calls I have not applied to yet. */
  public List<CallForApplications> getOpenCalls() {
    if (openCalls == null) {
      List<Long> applied = getMine().stream().map(a -> a.getCall().getId()).toList();
      openCalls =
          myApplications.openCalls().stream().filter(c -> !applied.contains(c.getId())).toList();
    }
    return openCalls;
  }

  /** What the entrepreneur can expect now, in their language. */
  public String nextStep(Application of) {
    return Messages.text("my.next." + of.getStatus().name());
  }

  public String reasonOf(StatusChange change) {
    return Timeline.reasonOf(change);
  }

  public Application getApplication() {
    return application;
  }

  public List<StatusChange> getHistory() {
    return history;
  }

  /** My seed grant as it went to the foundation, the latest version first. */
  public List<GrantRequest> getGrants() {
    return grants;
  }

  /** My grant's tranches: paid, ready to be paid, or the milestone each still waits for. */
  public List<TrancheState> tranchesOf(GrantRequest grant) {
    return tranches.get(grant.getId());
  }

  /** Where one of my tranches stands, in a sentence: paid, ready, or what it still waits for. */
  public String trancheSentence(TrancheState tranche) {
    return Messages.text("my.tranche." + tranche.status().name(), labels.of(tranche.milestone()));
  }

  /** What the reviewers wrote on a request of mine. */
  public List<GrantEvent> decisionsOf(GrantRequest grant) {
    return decisions.get(grant.getId());
  }

  public List<ApplicationDocument> getDocuments() {
    return documents;
  }

  public DocumentUpload getUpload() {
    return upload;
  }

  public boolean isOpenToDocuments() {
    return !application.getStatus().isFinal();
  }

  public long getWaitingPosition() {
    return waitingPosition;
  }

  public String getIdParameter() {
    return idParameter;
  }

  public void setIdParameter(String idParameter) {
    this.idParameter = idParameter;
  }
}
