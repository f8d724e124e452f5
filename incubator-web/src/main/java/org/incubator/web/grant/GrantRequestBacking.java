package org.incubator.web.grant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.incubator.grant.Disbursements;
import org.incubator.grant.GrantEvent;
import org.incubator.grant.GrantRequest;
import org.incubator.grant.GrantRequests;
import org.incubator.grant.GrantReview;
import org.incubator.grant.GrantStatus;
import org.incubator.grant.PaymentDetails;
import org.incubator.grant.PaymentMethod;
import org.incubator.grant.TrancheState;
import org.incubator.selection.ApplicationDocument;
import org.incubator.selection.DocumentKind;
import org.incubator.shared.CentreTime;
import org.incubator.shared.IncubatorException;
import org.incubator.web.identity.CurrentUser;
import org.incubator.web.shared.Messages;
import org.incubator.web.shared.RecordIds;

/**
 * One grant request, as its mentor, the foundation's reviewers and the administrator see it: the
 * money, its use, the tranches, the envelope's balance, the approvals and the trail; reviewers
 * decide here, the mentor submits or withdraws.
 */
@Named
@ViewScoped
public class GrantRequestBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private GrantRequests requests;

  @Inject private GrantReview review;

  @Inject private CurrentUser currentUser;

  @Inject private Disbursements disbursements;

  private String idParameter;
  private Long id;
  private transient GrantRequest request;
  private transient List<GrantEvent> trail;
  private String comment;
  private transient List<TrancheState> trancheStates;
  private transient List<ApplicationDocument> documents;
  private boolean waitsForTraining;
  private LocalDate paidOn = CentreTime.today();
  private PaymentMethod method = PaymentMethod.BANK_TRANSFER;
  private String reference;

  /** Given to the payment form when it is shown: the same form sent twice pays once. */
  private String paymentToken = UUID.randomUUID().toString();

  public void load() {
    if (id == null) {
      id = RecordIds.parse(idParameter, "grant.request.notFound");
    }
    refresh();
  }

  private void refresh() {
    request = requests.getRequest(id);
    trail = requests.trail(id);
    trancheStates = disbursements.tranches(id);
    documents = requests.documentsOf(id);
    waitsForTraining =
        request.getStatus() == GrantStatus.DRAFT
            && !currentUser.is("REVIEWER")
            && requests.waitsForTraining(id);
  }

  /** The treasurer pays the tranche; a new form (and token) is ready for the next one. */
  public void pay(int sequence) {
    act(
        () ->
            disbursements.pay(
                id, sequence, new PaymentDetails(paidOn, method, reference, paymentToken)),
        "grant.payment.recorded");
    if (trancheStates.stream().anyMatch(t -> t.sequence() == sequence && t.isPaid())) {
      paymentToken = UUID.randomUUID().toString();
      reference = null;
    }
  }

  public void closeGrant() {
    act(() -> disbursements.close(id, comment), "grant.request.closedMessage");
  }

  public boolean isTreasurer() {
    return currentUser.is("ADMIN") && request.getStatus() == GrantStatus.APPROVED;
  }

  public List<TrancheState> getTrancheStates() {
    return trancheStates;
  }

  public LocalDate getPaidOn() {
    return paidOn;
  }

  public void setPaidOn(LocalDate paidOn) {
    this.paidOn = paidOn;
  }

  public PaymentMethod getMethod() {
    return method;
  }

  public void setMethod(PaymentMethod method) {
    this.method = method;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getPaymentToken() {
    return paymentToken;
  }

  public void setPaymentToken(String paymentToken) {
    this.paymentToken = paymentToken;
  }

  public void approve() {
    act(() -> review.approve(id, comment), "grant.review.approvedMessage");
  }

  public void reject() {
    act(() -> review.reject(id, comment), "grant.review.rejectedMessage");
  }

  public void returnForChanges() {
    act(() -> review.returnForChanges(id, comment), "grant.review.returnedMessage");
  }

  public void declareConflict() {
    act(() -> review.declareConflict(id), "grant.review.conflictDeclared");
  }

  public void submit() {
    act(() -> requests.submit(id), "grant.request.submittedMessage");
  }

  public void withdraw() {
    act(() -> requests.withdraw(id), "grant.request.withdrawnMessage");
  }

  private void act(Runnable useCase, String doneKey) {
    try {
      useCase.run();
      comment = null;
      refresh();
      Messages.info(doneKey);
    } catch (IncubatorException e) {
      Messages.show(e);
      refresh();
    }
  }

  public boolean isReviewable() {
    return currentUser.is("REVIEWER") && request.getStatus() == GrantStatus.SUBMITTED;
  }

  public boolean isOwnedByMentor() {
    return currentUser.is("MENTOR");
  }

  public GrantRequest getRequest() {
    return request;
  }

  public List<ApplicationDocument> getDocuments() {
    return documents;
  }

  /** A draft that cannot go to review before the entrepreneur's training is complete. */
  public boolean isWaitsForTraining() {
    return waitsForTraining;
  }

  public boolean isBusinessPlanAttached() {
    return documents.stream().anyMatch(d -> d.getKind() == DocumentKind.BUSINESS_PLAN);
  }

  public List<GrantEvent> getTrail() {
    return trail;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public String getIdParameter() {
    return idParameter;
  }

  public void setIdParameter(String idParameter) {
    this.idParameter = idParameter;
  }
}
