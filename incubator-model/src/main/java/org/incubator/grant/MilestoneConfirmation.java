package org.incubator.grant;

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
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.incubator.identity.UserAccount;
import org.incubator.selection.Application;

/**
 * A mentor's word that an entrepreneur reached a milestone, with the date and a note: how the
 * milestones of parts not built yet (training, kits, evaluations) are met for now.
 */
@Entity
@Table(name = "milestone_confirmation")
public class MilestoneConfirmation {

  public static final int NOTE_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id", nullable = false, updatable = false)
  private Application application;

  @Enumerated(EnumType.STRING)
  @Column(name = "milestone", length = 30, nullable = false, updatable = false)
  private Milestone milestone;

  @Column(name = "reached_on", nullable = false, updatable = false)
  private LocalDate reachedOn;

  @Column(name = "note", length = NOTE_LENGTH, updatable = false)
  private String note;

  @Column(
      name = "confirmed_by",
      length = UserAccount.USERNAME_LENGTH,
      nullable = false,
      updatable = false)
  private String confirmedBy;

  @Column(name = "confirmed_at", nullable = false, updatable = false)
  private Instant confirmedAt;

  protected MilestoneConfirmation() {}

  public MilestoneConfirmation(
      Application application,
      Milestone milestone,
      LocalDate reachedOn,
      String note,
      String by,
      Instant when) {
    this.application = Objects.requireNonNull(application, "application");
    this.milestone = Objects.requireNonNull(milestone, "milestone");
    this.reachedOn = Objects.requireNonNull(reachedOn, "reachedOn");
    this.note = note == null || note.isBlank() ? null : note.strip();
    this.confirmedBy = Objects.requireNonNull(by, "by");
    this.confirmedAt = Objects.requireNonNull(when, "when");
  }

  public Milestone getMilestone() {
    return milestone;
  }

  public LocalDate getReachedOn() {
    return reachedOn;
  }

  public String getNote() {
    return note;
  }

  public String getConfirmedBy() {
    return confirmedBy;
  }
}
