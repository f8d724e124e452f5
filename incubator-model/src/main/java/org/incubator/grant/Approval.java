package org.incubator.grant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import org.incubator.identity.UserAccount;

/** A reviewer's approval of a request: who, when, and what they wrote. */
@Embeddable
public class Approval implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "reviewer", length = UserAccount.USERNAME_LENGTH, nullable = false)
  private String reviewer;

  @Column(name = "approved_at", nullable = false)
  private Instant at;

  @Column(name = "comment", length = GrantRequest.COMMENT_LENGTH)
  private String comment;

  protected Approval() {}

  Approval(String reviewer, Instant at, String comment) {
    this.reviewer = reviewer;
    this.at = at;
    this.comment = comment;
  }

  public String getReviewer() {
    return reviewer;
  }

  public Instant getAt() {
    return at;
  }

  public String getComment() {
    return comment;
  }
}
