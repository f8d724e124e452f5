package org.incubator.selection;

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

/**
 * A committee member's declaration that they are too close to an applicant (family, neighbour,
 * employer) to decide on their application. Kept for good: a declaration is not withdrawn.
 */
@Entity
@Table(name = "conflict_of_interest")
public class ConflictOfInterest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id", nullable = false, updatable = false)
  private Application application;

  @Column(
      name = "member",
      length = UserAccount.USERNAME_LENGTH,
      nullable = false,
      updatable = false)
  private String member;

  @Column(name = "declared_at", nullable = false, updatable = false)
  private Instant declaredAt;

  protected ConflictOfInterest() {}

  public ConflictOfInterest(Application application, String member, Instant when) {
    this.application = Objects.requireNonNull(application, "application");
    this.member = Objects.requireNonNull(member, "member");
    this.declaredAt = Objects.requireNonNull(when, "when");
  }

  public String getMember() {
    return member;
  }

  public Instant getDeclaredAt() {
    return declaredAt;
  }
}
