package org.incubator.selection;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.incubator.applicant.ProjectHolder;

/**
 * A project holder's application to one call: one per holder (so per CIN) and call. Its status
 * only moves as {@link ApplicationStatus} allows, and every move is kept as a {@link StatusChange}.
 */
@Entity
@Table(name = "application")
public class Application {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "holder_id", nullable = false, updatable = false)
  private ProjectHolder holder;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "call_id", nullable = false, updatable = false)
  private CallForApplications call;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 20, nullable = false)
  private ApplicationStatus status;

  @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
  @OrderBy("sequence ASC")
  private List<StatusChange> history = new ArrayList<>();

  protected Application() {}

  /** A paper application a mentor enters for a holder: submitted at once, then assessed against the call. */
  public static Application submittedOnPaper(ProjectHolder holder, CallForApplications call, String by, Instant when) {
    var application = new Application();
    application.holder = holder;
    application.call = call;
    application.record(null, ApplicationStatus.SUBMITTED, by, when, "selection.application.reason.paper");
    application.assess(by, when);
    return application;
  }

  /**
   * Checks the application against its call's current rules. Only applications nobody has
   * decided on yet are reassessed; returns whether the status changed.
   */
  public boolean assess(String by, Instant when) {
    if (!status.isOpenToReassessment()) {
      return false;
    }
    boolean eligible = call.assess(holder).stream().allMatch(RuleOutcome::passed);
    ApplicationStatus target = eligible ? ApplicationStatus.ELIGIBLE : ApplicationStatus.INELIGIBLE;
    if (target == status) {
      return false;
    }
    moveTo(target, by, when, "selection.application.reason.rules");
    return true;
  }

  public void withdraw(String by, Instant when) {
    moveTo(ApplicationStatus.WITHDRAWN, by, when, "selection.application.reason.withdrawn");
  }

  private void moveTo(ApplicationStatus target, String by, Instant when, String reasonKey) {
    record(status, status.moveTo(target), by, when, reasonKey);
  }

  private void record(ApplicationStatus from, ApplicationStatus to, String by, Instant when, String reasonKey) {
    history.add(new StatusChange(this, history.size() + 1, from, to, when, by, reasonKey));
    status = to;
  }

  public Long getId() {
    return id;
  }

  public ApplicationStatus getStatus() {
    return status;
  }

  public ProjectHolder getHolder() {
    return holder;
  }

  public CallForApplications getCall() {
    return call;
  }

  public List<StatusChange> getHistory() {
    return List.copyOf(history);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Application other && id != null && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return Application.class.hashCode();
  }
}
