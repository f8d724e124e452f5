package org.incubator.training;

import static org.incubator.training.Admissions.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Consumer;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.TitlesInThreeLanguages;
import org.junit.jupiter.api.Test;

class TrainingSessionTest {

  private static final LocalDate DAY = LocalDate.of(2027, 9, 14);
  private final Admissions admissions = new Admissions();
  private final TrainingModule module;

  TrainingSessionTest() {
    var curriculum = CurriculumVersion.first("admin", NOW);
    module =
        curriculum.addModule(
            new TrainingTrack("MANAGERIAL", new TitlesInThreeLanguages("a", "b", "c"), 1),
            CurriculumTest.module("Bookkeeping", 12, 80));
  }

  private static SessionPlan plan() {
    var plan = new SessionPlan();
    plan.setDay(DAY);
    plan.setStartsAt(LocalTime.of(9, 0));
    plan.setEndsAt(LocalTime.of(12, 0));
    plan.setPlace("Salle 2, centre Hay Mohammadi");
    plan.setTrainer("karim");
    return plan;
  }

  private String refusedField(Consumer<SessionPlan> change) {
    var plan = plan();
    change.accept(plan);
    return assertThrows(
            IncubatorException.class,
            () -> new TrainingSession(admissions.cohort, module, plan, "karim", NOW))
        .getField()
        .orElseThrow();
  }

  @Test
  void aSessionIsPlannedInsideItsCohortsPeriodWithHoursAPlaceAndOneTrainer() {
    assertEquals("day", refusedField(p -> p.setDay(LocalDate.of(2028, 1, 5))));
    assertEquals("day", refusedField(p -> p.setDay(null)));
    assertEquals("endsAt", refusedField(p -> p.setEndsAt(LocalTime.of(9, 0))));
    assertEquals("endsAt", refusedField(p -> p.setEndsAt(LocalTime.of(20, 0))));
    assertEquals("place", refusedField(p -> p.setPlace(" ")));
    assertEquals("place", refusedField(p -> p.setPlace("x".repeat(201))));
    assertEquals("trainer", refusedField(p -> p.setTrainer(null)));
    assertEquals("outsideTrainer", refusedField(p -> p.setOutsideTrainer("Mme Bennani")));
    assertEquals(
        "responsible",
        refusedField(
            p -> {
              p.setTrainer(null);
              p.setOutsideTrainer("Mme Bennani");
            }));
  }

  @Test
  void aMentorWhoTrainsTakesTheRollUnlessAnotherIsNamed() {
    var session = new TrainingSession(admissions.cohort, module, plan(), "karim", NOW);
    assertEquals("karim", session.getResponsible());
    assertEquals(Duration.ofHours(3), session.getLength());
    assertEquals("mentor:karim", session.trainerKey());

    var outside = plan();
    outside.setTrainer(null);
    outside.setOutsideTrainer("  Mme   Bennani ");
    outside.setResponsible("nadia");
    var given = new TrainingSession(admissions.cohort, module, outside, "karim", NOW);
    assertEquals("nadia", given.getResponsible());
    assertEquals("outside:mme bennani", given.trainerKey());
  }

  @Test
  void sessionsOverlapWhenTheyShareTimeNotWhenOneEndsAsTheOtherStarts() {
    var session = new TrainingSession(admissions.cohort, module, plan(), "karim", NOW);
    assertTrue(session.overlaps(DAY, LocalTime.of(11, 0), LocalTime.of(13, 0)));
    assertTrue(session.overlaps(DAY, LocalTime.of(8, 0), LocalTime.of(13, 0)));
    assertTrue(session.overlaps(DAY, LocalTime.of(10, 0), LocalTime.of(11, 0)));
    assertFalse(session.overlaps(DAY, LocalTime.of(12, 0), LocalTime.of(14, 0)));
    assertFalse(session.overlaps(DAY, LocalTime.of(7, 0), LocalTime.of(9, 0)));
    assertFalse(session.overlaps(DAY.plusDays(1), LocalTime.of(9, 0), LocalTime.of(12, 0)));
    session.cancel("Trainer ill", "karim", NOW);
    assertFalse(session.overlaps(DAY, LocalTime.of(9, 0), LocalTime.of(12, 0)));
  }

  @Test
  void movingOrCancellingNeedsAReasonAndIsKeptInTheHistory() {
    var session = new TrainingSession(admissions.cohort, module, plan(), "karim", NOW);
    var moved = plan();
    moved.setDay(DAY.plusDays(2));
    assertEquals(
        "reason",
        assertThrows(
                IncubatorException.class, () -> session.reschedule(module, moved, "karim", NOW))
            .getField()
            .orElseThrow());
    moved.setReason("The room is taken by the municipality");
    session.reschedule(module, moved, "karim", NOW);
    assertEquals(
        "cancelReason",
        assertThrows(IncubatorException.class, () -> session.cancel(null, "karim", NOW))
            .getField()
            .orElseThrow());
    session.cancel("Strike of the buses", "nadia", NOW);

    assertEquals(SessionStatus.CANCELLED, session.getStatus());
    assertEquals(
        List.of(SessionAction.SCHEDULED, SessionAction.RESCHEDULED, SessionAction.CANCELLED),
        session.getHistory().stream().map(SessionChange::getAction).toList());
    assertEquals(DAY, session.getHistory().get(1).getDayBefore());
    assertEquals(DAY.plusDays(2), session.getHistory().get(1).getDayAfter());
    assertThrows(IncubatorException.class, () -> session.cancel("again", "nadia", NOW));
  }
}
