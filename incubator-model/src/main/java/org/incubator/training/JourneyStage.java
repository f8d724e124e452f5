package org.incubator.training;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.incubator.shared.IncubatorException;

/**
 * Where an admitted person stands on the journey after admission. Training starts it; the kit, the
 * grant, the launch, the evaluations and the exit each add their moves. Each stage names the moves
 * it allows; any other is refused.
 */
public enum JourneyStage {
  IN_TRAINING,
  TRAINED,
  EQUIPPED,
  FUNDED,
  LAUNCHED,
  GRADUATED,
  CLOSED,
  DROPPED_OUT;

  /** The stages this one may move to. */
  public Set<JourneyStage> next() {
    return switch (this) {
      case IN_TRAINING -> EnumSet.of(TRAINED, DROPPED_OUT);
      // back in training when a roll is corrected before anything followed the completion; a
      // business may start on the grant before any kit
      case TRAINED -> EnumSet.of(IN_TRAINING, EQUIPPED, FUNDED, LAUNCHED, DROPPED_OUT);
      case EQUIPPED -> EnumSet.of(FUNDED, LAUNCHED, CLOSED);
      case FUNDED -> EnumSet.of(EQUIPPED, LAUNCHED, CLOSED);
      case LAUNCHED -> EnumSet.of(GRADUATED, CLOSED);
      case GRADUATED, CLOSED, DROPPED_OUT -> EnumSet.noneOf(JourneyStage.class);
    };
  }

  /** The target stage, or a refusal naming both stages when the move is not allowed. */
  public JourneyStage moveTo(JourneyStage target) {
    if (!next().contains(target)) {
      throw new IncubatorException("training.journey.illegalMove", this, target);
    }
    return target;
  }

  /**
   * Whether this stage comes after a complete training: trained, equipped, funded, launched,
   * graduated, or closed after those. Dropping out may happen before or after it and says neither.
   */
  public boolean isTrained() {
    return this != IN_TRAINING && this != DROPPED_OUT;
  }

  /** The stages of people who still follow the programme. */
  public static List<JourneyStage> active() {
    return Arrays.stream(values()).filter(JourneyStage::isActive).toList();
  }

  /** Whether the person still follows the programme (not dropped out, closed or graduated). */
  public boolean isActive() {
    return !next().isEmpty();
  }
}
