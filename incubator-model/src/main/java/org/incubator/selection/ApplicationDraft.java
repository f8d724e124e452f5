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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.incubator.applicant.ProjectHolderDetails;
import org.incubator.identity.UserAccount;

/**
 * What an applicant has typed so far for one call, complete or not, kept until they submit it. The
 * form is kept as text ({@link DraftText}): a draft need not satisfy any rule yet.
 */
@Entity
@Table(name = "application_draft")
public class ApplicationDraft {

  public static final int TEXT_LENGTH = 20_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(
      name = "account",
      length = UserAccount.USERNAME_LENGTH,
      nullable = false,
      updatable = false)
  private String account;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "call_id", nullable = false, updatable = false)
  private CallForApplications call;

  @Column(name = "details", length = TEXT_LENGTH, nullable = false)
  private String details;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  protected ApplicationDraft() {}

  public ApplicationDraft(String account, CallForApplications call, Instant when) {
    this.account = Objects.requireNonNull(account, "account");
    this.call = Objects.requireNonNull(call, "call");
    this.startedAt = Objects.requireNonNull(when, "when");
    this.savedAt = when;
    this.details = "";
  }

  public void keep(ProjectHolderDetails typed, Instant when) {
    this.details = DraftText.write(typed);
    this.savedAt = when;
  }

  public ProjectHolderDetails getDetails() {
    return DraftText.read(details);
  }

  public String getAccount() {
    return account;
  }

  public CallForApplications getCall() {
    return call;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getSavedAt() {
    return savedAt;
  }
}
