package org.incubator.training;

import static org.incubator.training.Admissions.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.incubator.shared.IncubatorException;
import org.junit.jupiter.api.Test;

class ParticipantTest {

  private final Admissions admissions = new Admissions();

  @Test
  void admissionStartsTheJourneyInTrainingInTheCohortThatAdmitted() {
    var participant = Participant.admitted(admissions.admitted("GR1"), "karim", NOW);
    assertEquals(JourneyStage.IN_TRAINING, participant.getStage());
    assertEquals(admissions.cohort, participant.getCohort());
    assertEquals(1, participant.getJourney().size());
    assertEquals("karim", participant.getJourney().get(0).getBy());
  }

  @Test
  void onlyAnAdmittedApplicationStartsAJourney() {
    var refused =
        assertThrows(
            IncubatorException.class,
            () -> Participant.admitted(admissions.shortlisted("GR2"), "karim", NOW));
    assertEquals("training.participant.notAdmitted", refused.getMessageKey());
  }

  @Test
  void droppingOutNeedsAReasonAndEndsTheJourney() {
    var participant = Participant.admitted(admissions.admitted("GR3"), "karim", NOW);
    assertEquals(
        "dropOutReason",
        assertThrows(IncubatorException.class, () -> participant.dropOut("  ", "karim", NOW))
            .getField()
            .orElseThrow());
    assertEquals(
        "dropOutReason",
        assertThrows(
                IncubatorException.class, () -> participant.dropOut("x".repeat(501), "karim", NOW))
            .getField()
            .orElseThrow());

    participant.dropOut(" Found a job in a factory ", "karim", NOW);

    assertEquals(JourneyStage.DROPPED_OUT, participant.getStage());
    assertEquals(
        List.of(JourneyStage.IN_TRAINING, JourneyStage.DROPPED_OUT),
        participant.getJourney().stream().map(JourneyStep::getTo).toList());
    assertEquals("Found a job in a factory", participant.getJourney().get(1).getReason());
    assertThrows(IncubatorException.class, () -> participant.dropOut("again", "karim", NOW));
  }

  @Test
  void aWithdrawnAdmissionEndsAJourneyStillUnderWayAndLeavesAnEndedOneAlone() {
    var participant = Participant.admitted(admissions.admitted("GR4"), "karim", NOW);
    participant.withdrawn(null, "salma", NOW);
    assertEquals(JourneyStage.DROPPED_OUT, participant.getStage());
    participant.withdrawn("twice", "salma", NOW);
    assertEquals(2, participant.getJourney().size());
  }

  @Test
  void completingTheTrainingIsKeptAndACorrectedRollTakesItBackWhileNothingFollowed() {
    var participant = Participant.admitted(admissions.admitted("GR5"), "karim", NOW);
    assertTrue(participant.getTrainedOn().isEmpty());

    participant.completeTraining("karim", NOW.plusSeconds(60));
    assertEquals(JourneyStage.TRAINED, participant.getStage());
    assertEquals(NOW.plusSeconds(60), participant.getTrainedOn().orElseThrow());

    participant.reopenTraining("nadia", NOW.plusSeconds(120));
    assertEquals(JourneyStage.IN_TRAINING, participant.getStage());
    assertTrue(participant.getTrainedOn().isEmpty(), "no longer trained");

    participant.completeTraining("nadia", NOW.plusSeconds(180));
    assertEquals(NOW.plusSeconds(180), participant.getTrainedOn().orElseThrow(), "the latest");
    assertEquals(
        List.of(
            JourneyStage.IN_TRAINING,
            JourneyStage.TRAINED,
            JourneyStage.IN_TRAINING,
            JourneyStage.TRAINED),
        participant.getJourney().stream().map(JourneyStep::getTo).toList());
    assertThrows(
        IncubatorException.class, () -> participant.completeTraining("karim", NOW), "once");
  }

  @Test
  void theStagesAfterACompleteTrainingCountAsTrainedAndDroppingOutSaysNeither() {
    for (JourneyStage stage : JourneyStage.values()) {
      boolean trained = stage != JourneyStage.IN_TRAINING && stage != JourneyStage.DROPPED_OUT;
      assertEquals(trained, stage.isTrained(), stage.name());
    }
    assertThrows(
        IncubatorException.class,
        () -> JourneyStage.EQUIPPED.moveTo(JourneyStage.IN_TRAINING),
        "once equipped, a correction of a roll no longer takes the training back");
  }
}
