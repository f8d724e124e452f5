package org.incubator.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.TitlesInThreeLanguages;
import org.junit.jupiter.api.Test;

class CurriculumTest {

  private static final Instant NOW = Instant.parse("2027-01-10T09:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2027, 1, 10);
  private static final TrainingTrack TRACK =
      new TrainingTrack(
          "ENTREPRENEURIAL",
          new TitlesInThreeLanguages("مقاولاتية", "Entrepreneuriat", "Business"),
          1);

  static ModuleDetails module(String title, int hours, int threshold) {
    var details = new ModuleDetails();
    details.setTitleAr(title + " ar");
    details.setTitleFr(title + " fr");
    details.setTitleEn(title);
    details.setPlannedHours(hours);
    details.setThreshold(threshold);
    return details;
  }

  private static CurriculumVersion published(LocalDate from, ModuleDetails... modules) {
    var version = CurriculumVersion.first("admin", NOW);
    for (ModuleDetails m : modules) {
      version.addModule(TRACK, m);
    }
    version.publish(from, null, from, "admin", NOW);
    return version;
  }

  @Test
  void aModuleNeedsItsTitleInTheThreeLanguagesHoursAndAThreshold() {
    var draft = CurriculumVersion.first("admin", NOW);
    var noFrench = module("Marketing", 12, 80);
    noFrench.setTitleFr("  ");
    assertEquals(
        "titleFr",
        assertThrows(IncubatorException.class, () -> draft.addModule(TRACK, noFrench))
            .getField()
            .orElseThrow());
    assertEquals(
        "plannedHours",
        assertThrows(IncubatorException.class, () -> draft.addModule(TRACK, module("M", 0, 80)))
            .getField()
            .orElseThrow());
    assertEquals(
        "threshold",
        assertThrows(IncubatorException.class, () -> draft.addModule(TRACK, module("M", 8, 101)))
            .getField()
            .orElseThrow());
    assertEquals(
        "trackId",
        assertThrows(IncubatorException.class, () -> draft.addModule(null, module("M", 8, 80)))
            .getField()
            .orElseThrow());
    draft.addModule(TRACK, module("Marketing", 12, 80));
    draft.addModule(TRACK, module("Accounting", 8, 100));
    assertEquals(20, draft.getPlannedHours());
    assertEquals(List.of(1, 2), draft.getModules().stream().map(m -> m.getPosition()).toList());
  }

  @Test
  void aPublishedVersionIsNoLongerChangedButANewDraftStartsAsItsCopy() {
    var first = published(TODAY, module("Marketing", 12, 80));
    assertThrows(IncubatorException.class, () -> first.addModule(TRACK, module("Pricing", 4, 80)));
    var second = first.nextDraft("admin", NOW);
    assertEquals(2, second.getNumber());
    assertTrue(second.isDraft());
    assertEquals("Marketing", second.getModules().get(0).getTitles().english());
    second.addModule(TRACK, module("Pricing", 4, 80));
    assertEquals(1, first.getModules().size(), "the published version is untouched");
  }

  @Test
  void aVersionIsPublishedWithModulesForADayThatHasNotPassed() {
    var empty = CurriculumVersion.first("admin", NOW);
    assertEquals(
        "training.curriculum.empty",
        assertThrows(
                IncubatorException.class, () -> empty.publish(TODAY, null, TODAY, "admin", NOW))
            .getMessageKey());
    var draft = CurriculumVersion.first("admin", NOW);
    draft.addModule(TRACK, module("Marketing", 12, 80));
    assertEquals(
        "appliesFrom",
        assertThrows(
                IncubatorException.class,
                () -> draft.publish(TODAY.minusDays(1), null, TODAY, "admin", NOW))
            .getField()
            .orElseThrow());
    draft.publish(TODAY, "first curriculum", TODAY, "admin", NOW);
    assertEquals(TODAY, draft.getAppliesFrom().orElseThrow());
  }

  @Test
  void aCohortFollowsTheLatestVersionPublishedForItsStartOrTheFirstWhenItStartedBefore() {
    var v1 = published(LocalDate.of(2027, 2, 1), module("One", 10, 80));
    var v2 = published(LocalDate.of(2027, 6, 1), module("Two", 10, 80));
    var draft = CurriculumVersion.first("admin", NOW);
    var all = List.of(v2, draft, v1);

    assertEquals(v1, CurriculumVersion.applicableTo(all, LocalDate.of(2027, 1, 1)).orElseThrow());
    assertEquals(v1, CurriculumVersion.applicableTo(all, LocalDate.of(2027, 2, 1)).orElseThrow());
    assertEquals(v1, CurriculumVersion.applicableTo(all, LocalDate.of(2027, 5, 31)).orElseThrow());
    assertEquals(v2, CurriculumVersion.applicableTo(all, LocalDate.of(2027, 6, 1)).orElseThrow());
    assertTrue(CurriculumVersion.applicableTo(List.of(draft), TODAY).isEmpty());
  }
}
