package org.incubator.grant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.incubator.identity.UserAccount;
import org.incubator.selection.Application;

/**
 * A reviewer's declaration that they cannot judge an entrepreneur's grant requests, this one and
 * the next.
 */
@Entity
@Table(name = "grant_conflict")
public class GrantConflict {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id", nullable = false, updatable = false)
  private Application application;

  @Column(
      name = "reviewer",
      length = UserAccount.USERNAME_LENGTH,
      nullable = false,
      updatable = false)
  private String reviewer;

  @Column(name = "declared_at", nullable = false, updatable = false)
  private Instant declaredAt;

  protected GrantConflict() {}

  public GrantConflict(Application application, String reviewer, Instant when) {
    this.application = Objects.requireNonNull(application, "application");
    this.reviewer = Objects.requireNonNull(reviewer, "reviewer");
    this.declaredAt = Objects.requireNonNull(when, "when");
  }

  public String getReviewer() {
    return reviewer;
  }
}
