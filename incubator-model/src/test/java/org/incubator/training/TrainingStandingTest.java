package org.incubator.training;

import static org.incubator.training.Presence.ABSENT;
import static org.incubator.training.Presence.EXCUSED;
import static org.incubator.training.Presence.LATE;
import static org.incubator.training.Presence.PRESENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.TitlesInThreeLanguages;
import org.junit.jupiter.api.Test;

class TrainingStandingTest {

  private static final Duration THREE_HOURS = Duration.ofHours(3);
  private final TrainingTrack track =
      new TrainingTrack("MANAGERIAL", new TitlesInThreeLanguages("a", "b", "c"), 1);
  private final CurriculumVersion curriculum =
      CurriculumVersion.first("admin", Instant.parse("2027-01-01T00:00:00Z"));

  /** A module of {@code sessions} sessions of three hours, with its threshold. */
  private TrainingModule module(int sessions, int threshold) {
    return curriculum.addModule(track, CurriculumTest.module("M", sessions * 3, threshold));
  }

  /** The module's sessions: the marks of those held, then {@code toCome} not held yet. */
  private static List<PlannedSession> sessions(
      TrainingModule module, int toCome, Presence... held) {
    List<PlannedSession> sessions = new ArrayList<>();
    for (Presence presence : held) {
      sessions.add(new PlannedSession(module, THREE_HOURS, true, presence));
    }
    for (int i = 0; i < toCome; i++) {
      sessions.add(new PlannedSession(module, THREE_HOURS, false, null));
    }
    return sessions;
  }

  private ModuleStanding standing(TrainingModule module, List<PlannedSession> sessions) {
    return TrainingStanding.of(List.of(module), sessions).getModules().get(0);
  }

  @Test
  void lateCountsAsPresentAndAnExcusedAbsenceAsAnAbsenceShownApart() {
    TrainingModule bookkeeping = module(4, 75);
    ModuleStanding standing =
        standing(bookkeeping, sessions(bookkeeping, 0, PRESENT, LATE, EXCUSED, PRESENT));
    assertEquals(Duration.ofHours(12), standing.getHeld());
    assertEquals(Duration.ofHours(9), standing.getAttended());
    assertEquals(Duration.ofHours(3), standing.getExcused());
    assertEquals(new BigDecimal("75.0"), standing.getRate());
    assertEquals(ModuleStatus.COMPLETE, standing.getStatus(), "exactly the threshold meets it");
  }

  @Test
  void aModuleUnderItsThresholdAtItsLastSessionCanNoLongerBeReached() {
    TrainingModule pricing = module(3, 80);
    ModuleStanding standing = standing(pricing, sessions(pricing, 0, PRESENT, PRESENT, ABSENT));
    assertEquals(new BigDecimal("66.7"), standing.getRate(), "two thirds, rounded half-even");
    assertEquals(ModuleStatus.CANNOT_REACH, standing.getStatus());
  }

  @Test
  void securedAsSoonAsMissingEverySessionLeftStillMeetsTheThreshold() {
    TrainingModule marketing = module(5, 60);
    assertEquals(
        ModuleStatus.ON_TRACK,
        standing(marketing, sessions(marketing, 3, PRESENT, PRESENT)).getStatus(),
        "2 of 5 attended: missing the rest would leave 40 %");
    ModuleStanding three = standing(marketing, sessions(marketing, 2, PRESENT, PRESENT, PRESENT));
    assertEquals(ModuleStatus.SECURED, three.getStatus(), "3 of 5 is 60 % whatever happens");
    assertEquals(Duration.ZERO, three.getStillNeeded());
  }

  @Test
  void cannotReachAsSoonAsAttendingEverySessionLeftStillMissesTheThreshold() {
    TrainingModule legal = module(5, 100);
    ModuleStanding missedOne = standing(legal, sessions(legal, 4, ABSENT));
    assertEquals(ModuleStatus.CANNOT_REACH, missedOne.getStatus());
    TrainingModule plan = module(5, 80);
    ModuleStanding below = standing(plan, sessions(plan, 4, EXCUSED));
    assertEquals(ModuleStatus.BELOW, below.getStatus(), "4 of 5 is still 80 %");
    assertEquals(Duration.ofHours(12), below.getStillNeeded(), "every session left");
  }

  @Test
  void aModuleWithNothingHeldHasNotStartedAndNoRate() {
    TrainingModule soft = module(2, 75);
    ModuleStanding standing = standing(soft, sessions(soft, 2));
    assertEquals(ModuleStatus.NOT_STARTED, standing.getStatus());
    assertNull(standing.getRate());
  }

  @Test
  void twoAbsencesInARowAcrossModulesAreAWarningUntilThePersonComesBack() {
    TrainingModule one = module(2, 50);
    TrainingModule two = module(2, 50);
    List<PlannedSession> missedTwo = new ArrayList<>(sessions(one, 0, PRESENT, ABSENT));
    missedTwo.addAll(sessions(two, 1, EXCUSED));
    assertTrue(
        TrainingStanding.of(List.of(one, two), missedTwo)
            .getWarnings()
            .contains(TrainingWarning.TWO_ABSENCES_IN_A_ROW));

    List<PlannedSession> cameBack = new ArrayList<>(sessions(one, 0, ABSENT, ABSENT));
    cameBack.addAll(sessions(two, 0, PRESENT, PRESENT));
    TrainingStanding standing = TrainingStanding.of(List.of(one, two), cameBack);
    assertFalse(standing.getWarnings().contains(TrainingWarning.TWO_ABSENCES_IN_A_ROW));
    assertEquals(Set.of(TrainingWarning.CANNOT_REACH), standing.getWarnings());
    assertFalse(standing.isComplete());
  }

  @Test
  void theWholeTrainingIsCompleteWhenEveryModuleIs() {
    TrainingModule one = module(2, 50);
    TrainingModule two = module(1, 100);
    List<PlannedSession> all = new ArrayList<>(sessions(one, 0, PRESENT, ABSENT));
    all.addAll(sessions(two, 0, LATE));
    TrainingStanding standing = TrainingStanding.of(List.of(one, two), all);
    assertTrue(standing.isComplete());
    assertEquals(new BigDecimal("66.7"), standing.getRate());
    assertEquals(1, standing.getTracks().size());
  }

  @Test
  void aMarkIsCheckedWhateverSentIt() {
    assertEquals(
        "minutesLate",
        assertThrows(IncubatorException.class, () -> new AttendanceMark(LATE, null, null))
            .getField()
            .orElseThrow());
    assertEquals(
        "minutesLate",
        assertThrows(IncubatorException.class, () -> new AttendanceMark(LATE, 601, null))
            .getField()
            .orElseThrow());
    assertEquals(
        "reason",
        assertThrows(IncubatorException.class, () -> new AttendanceMark(EXCUSED, null, null))
            .getField()
            .orElseThrow());
    assertNull(new AttendanceMark(PRESENT, 12, AbsenceReason.WORK).reason());
    assertNull(new AttendanceMark(PRESENT, 12, AbsenceReason.WORK).minutesLate());
  }
}
