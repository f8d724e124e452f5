package org.incubator.training;

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
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.incubator.applicant.ProjectHolder;
import org.incubator.selection.Application;
import org.incubator.selection.ApplicationStatus;
import org.incubator.selection.Cohort;
import org.incubator.shared.IncubatorException;

/**
 * An admitted person in their cohort, followed from admission to their exit: the one record every
 * context after selection (training, kit, grant, launch, coaching, evaluation) hangs on. Its stage
 * only moves as {@link JourneyStage} allows, and every move is kept in its journey.
 */
@Entity
@Table(name = "participant")
public class Participant {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id", nullable = false, updatable = false, unique = true)
  private Application application;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cohort_id", nullable = false, updatable = false)
  private Cohort cohort;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "holder_id", nullable = false, updatable = false)
  private ProjectHolder holder;

  @Enumerated(EnumType.STRING)
  @Column(name = "stage", length = 20, nullable = false)
  private JourneyStage stage;

  @Column(name = "stage_since", nullable = false)
  private Instant since;

  @OneToMany(mappedBy = "participant", cascade = CascadeType.PERSIST)
  @OrderBy("sequence")
  private List<JourneyStep> journey = new ArrayList<>();

  protected Participant() {}

  /** Admission starts the journey: the person is in training in the cohort that admitted them. */
  public static Participant admitted(Application application, String by, Instant when) {
    if (application.getStatus() != ApplicationStatus.ADMITTED
        || application.getCohort().isEmpty()) {
      throw new IncubatorException("training.participant.notAdmitted");
    }
    var participant = new Participant();
    participant.application = application;
    participant.cohort = application.getCohort().get();
    participant.holder = application.getHolder();
    participant.record(null, JourneyStage.IN_TRAINING, null, by, when);
    return participant;
  }

  /**
   * The person leaves the programme during or right after training, for the reason staff give.
   * Nothing already paid or handed over is taken back by this move.
   */
  public void dropOut(String reason, String by, Instant when) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw IncubatorException.onField("dropOutReason", "training.participant.reasonRequired");
    }
    if (why.length() > JourneyStep.REASON_LENGTH) {
      throw IncubatorException.onField(
          "dropOutReason", "field.maxLength", JourneyStep.REASON_LENGTH);
    }
    move(JourneyStage.DROPPED_OUT, why, by, when);
  }

  /** Every module of the training reached its threshold once its last session was held. */
  public void completeTraining(String by, Instant when) {
    move(JourneyStage.TRAINED, null, by, when);
  }

  /**
   * A correction of a roll leaves a module below its threshold again: back in training, for as long
   * as nothing followed the completion (a kit handed over, a grant paid).
   */
  public void reopenTraining(String by, Instant when) {
    move(JourneyStage.IN_TRAINING, null, by, when);
  }

  /**
   * The person received their starter kit: equipped, when the journey allows it now (after the
   * training, or after the grant); a kit handed over before the training ends (an administrator
   * waived it) leaves the stage as it is.
   */
  public void receiveKit(String by, Instant when) {
    if (stage.next().contains(JourneyStage.EQUIPPED)) {
      move(JourneyStage.EQUIPPED, null, by, when);
    }
  }

  /**
   * The business started: launched, from a complete training (with or without a kit or a grant
   * yet). The launch itself, its legal form and premises, is coaching's record.
   */
  public void launch(String by, Instant when) {
    move(JourneyStage.LAUNCHED, null, by, when);
  }

  /** When the training was complete: the latest move to trained, if the person is trained. */
  public Optional<Instant> getTrainedOn() {
    if (!stage.isTrained()) {
      return Optional.empty();
    }
    return journey.stream()
        .filter(step -> step.getTo() == JourneyStage.TRAINED)
        .map(JourneyStep::getAt)
        .reduce((first, second) -> second);
  }

  /** The admission was withdrawn (the person withdrew, or staff took them out of the cohort). */
  public void withdrawn(String reason, String by, Instant when) {
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (why != null && why.length() > JourneyStep.REASON_LENGTH) {
      why = why.substring(0, JourneyStep.REASON_LENGTH);
    }
    if (stage.isActive()) {
      move(JourneyStage.DROPPED_OUT, why, by, when);
    }
  }

  private void move(JourneyStage target, String reason, String by, Instant when) {
    record(stage, stage.moveTo(target), reason, by, when);
  }

  private void record(JourneyStage from, JourneyStage to, String reason, String by, Instant when) {
    journey.add(new JourneyStep(this, journey.size() + 1, from, to, reason, by, when));
    stage = to;
    since = when;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Application getApplication() {
    return application;
  }

  public Cohort getCohort() {
    return cohort;
  }

  public ProjectHolder getHolder() {
    return holder;
  }

  public JourneyStage getStage() {
    return stage;
  }

  public Instant getSince() {
    return since;
  }

  public List<JourneyStep> getJourney() {
    return Collections.unmodifiableList(journey);
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Participant other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return Participant.class.hashCode();
  }
}
