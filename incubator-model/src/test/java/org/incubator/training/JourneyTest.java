package org.incubator.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.incubator.shared.IncubatorException;
import org.junit.jupiter.api.Test;

class JourneyTest {

  @Test
  void trainingLeadsToTheKitAndTheGrantInEitherOrderOrToDroppingOut() {
    assertEquals(
        EnumSet.of(JourneyStage.TRAINED, JourneyStage.DROPPED_OUT),
        JourneyStage.IN_TRAINING.next());
    assertEquals(JourneyStage.FUNDED, JourneyStage.EQUIPPED.moveTo(JourneyStage.FUNDED));
    assertEquals(JourneyStage.EQUIPPED, JourneyStage.FUNDED.moveTo(JourneyStage.EQUIPPED));
    var skipped =
        assertThrows(
            IncubatorException.class, () -> JourneyStage.IN_TRAINING.moveTo(JourneyStage.LAUNCHED));
    assertEquals("training.journey.illegalMove", skipped.getMessageKey());
  }

  @Test
  void theEndsOfTheJourneyLeadNowhere() {
    for (JourneyStage end :
        EnumSet.of(JourneyStage.GRADUATED, JourneyStage.CLOSED, JourneyStage.DROPPED_OUT)) {
      assertTrue(end.next().isEmpty(), end.name());
      assertFalse(end.isActive(), end.name());
    }
    assertThrows(
        IncubatorException.class, () -> JourneyStage.DROPPED_OUT.moveTo(JourneyStage.IN_TRAINING));
  }

  @Test
  void everyStageCanBeReachedFromAdmission() {
    var reached = EnumSet.of(JourneyStage.IN_TRAINING);
    boolean grew = true;
    while (grew) {
      var next = EnumSet.copyOf(reached);
      reached.forEach(stage -> next.addAll(stage.next()));
      grew = next.size() > reached.size();
      reached = next;
    }
    assertEquals(EnumSet.allOf(JourneyStage.class), reached);
  }
}
