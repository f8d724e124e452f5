package org.incubator.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.IntStream;
import org.incubator.selection.ApplicationStatus;
import org.incubator.shared.CentreTime;
import org.incubator.training.JourneyStage;
import org.junit.jupiter.api.Test;

class StoryTest {

  private static final Instant ADMITTED = Instant.parse("2027-01-10T09:00:00Z");

  private static StoryEvent event(Instant at, StoryKind kind, Enum<?> what) {
    return new StoryEvent(at, kind, what, null, null, "mentor");
  }

  @Test
  void theEventsOfEveryPartAreToldNewestFirst() {
    Instant launched = ADMITTED.plusSeconds(90 * 86_400L);
    Instant visited = CentreTime.at(LocalDate.of(2027, 5, 3), LocalTime.of(10, 30));
    List<StoryEvent> told =
        new Story()
            .add(event(ADMITTED, StoryKind.APPLICATION, ApplicationStatus.ADMITTED))
            .add(event(visited, StoryKind.SESSION, CoachingKind.FOLLOW_UP))
            .add(event(launched, StoryKind.LAUNCH, LegalForm.AUTO_ENTREPRENEUR))
            .add(
                event(
                    ADMITTED.minusSeconds(86_400),
                    StoryKind.APPLICATION,
                    ApplicationStatus.SUBMITTED))
            .newestFirst();
    assertEquals(
        List.of(
            CoachingKind.FOLLOW_UP,
            LegalForm.AUTO_ENTREPRENEUR,
            ApplicationStatus.ADMITTED,
            ApplicationStatus.SUBMITTED),
        told.stream().map(StoryEvent::what).toList());
    assertEquals(Instant.parse("2027-05-03T09:30:00Z"), told.get(0).at(), "the centre's hour");
  }

  @Test
  void whatFollowedAtTheSameMomentReadsAboveWhatBeganIt() {
    Instant held = CentreTime.at(LocalDate.of(2027, 3, 1), LocalTime.of(9, 0));
    List<StoryKind> told =
        new Story()
                .add(event(ADMITTED, StoryKind.APPLICATION, ApplicationStatus.ADMITTED))
                .add(event(ADMITTED, StoryKind.JOURNEY, JourneyStage.IN_TRAINING))
                .add(event(held, StoryKind.ACTION, ActionStatus.OPEN))
                .add(event(held, StoryKind.SESSION, CoachingKind.CONSULTING))
                .newestFirst()
                .stream()
                .map(StoryEvent::kind)
                .toList();
    assertEquals(
        List.of(StoryKind.ACTION, StoryKind.SESSION, StoryKind.JOURNEY, StoryKind.APPLICATION),
        told);
  }

  @Test
  void aLongStoryKeepsItsNewestEvents() {
    Story story = new Story();
    IntStream.range(0, Story.LATEST + 25)
        .forEach(
            day ->
                story.add(
                    event(
                        ADMITTED.plusSeconds(day * 86_400L),
                        StoryKind.SESSION,
                        CoachingKind.FOLLOW_UP)));
    List<StoryEvent> told = story.newestFirst();
    assertEquals(Story.LATEST, told.size());
    assertEquals(ADMITTED.plusSeconds((Story.LATEST + 24) * 86_400L), told.get(0).at());
    assertEquals(ADMITTED.plusSeconds(25 * 86_400L), told.get(Story.LATEST - 1).at());
  }
}
