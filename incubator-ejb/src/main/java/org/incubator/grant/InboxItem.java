package org.incubator.grant;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A line of a reviewer's inbox, read as plain values in one statement: no entity, no collection
 * behind it.
 */
public class InboxItem implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Long requestId;
  private final int revision;
  private final String entrepreneur;
  private final String callName;
  private final BigDecimal amount;
  private final String envelopeName;
  private final Instant submittedAt;
  private final long approvals;

  public InboxItem(
      Long requestId,
      int revision,
      String firstName,
      String lastName,
      String callName,
      BigDecimal amount,
      String envelopeName,
      Instant submittedAt,
      long approvals) {
    this.requestId = requestId;
    this.revision = revision;
    this.entrepreneur = firstName + " " + lastName;
    this.callName = callName;
    this.amount = amount;
    this.envelopeName = envelopeName;
    this.submittedAt = submittedAt;
    this.approvals = approvals;
  }

  public Long getRequestId() {
    return requestId;
  }

  public int getRevision() {
    return revision;
  }

  public String getEntrepreneur() {
    return entrepreneur;
  }

  public String getCallName() {
    return callName;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getEnvelopeName() {
    return envelopeName;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  /** Approvals already given (by other reviewers): 1 means this one would be the second. */
  public long getApprovals() {
    return approvals;
  }
}
