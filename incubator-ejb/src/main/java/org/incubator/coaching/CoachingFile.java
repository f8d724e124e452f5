package org.incubator.coaching;

import java.io.Serializable;
import java.util.Optional;
import org.incubator.training.JourneyStage;

/** What a person's file shows of their coaching: who leads it, and their business's launch. */
public record CoachingFile(
    Long participantId, JourneyStage stage, Mentorship mentorship, LaunchView launch)
    implements Serializable {

  public Optional<Mentorship> lead() {
    return Optional.ofNullable(mentorship);
  }

  /** Whether the business may be recorded as launched now: a complete training, not launched. */
  public boolean isLaunchable() {
    return launch == null && stage.next().contains(JourneyStage.LAUNCHED);
  }
}
