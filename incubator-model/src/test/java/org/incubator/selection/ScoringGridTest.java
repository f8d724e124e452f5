package org.incubator.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import org.incubator.shared.IncubatorException;
import org.junit.jupiter.api.Test;

class ScoringGridTest {

  private static final Map<Criterion, Integer> ALL_TEN =
      Map.of(
          Criterion.VULNERABILITY,
          10,
          Criterion.SKILLS,
          10,
          Criterion.VIABILITY,
          10,
          Criterion.INTERVIEW,
          10);

  @Test
  void theTotalIsTheWeightedMeanOutOfAHundred() {
    var grid = ScoringGrid.standard();
    // (8×30 + 5×20 + 7×30 + 6×20) / (100×10) × 100 = 670 / 10 = 67
    var marks =
        Map.of(
            Criterion.VULNERABILITY,
            8,
            Criterion.SKILLS,
            5,
            Criterion.VIABILITY,
            7,
            Criterion.INTERVIEW,
            6);
    assertEquals(new BigDecimal("67.00"), grid.total(marks).orElseThrow());
    assertEquals(new BigDecimal("100.00"), grid.total(ALL_TEN).orElseThrow());
  }

  @Test
  void weightsAreRelative() {
    var marks =
        Map.of(
            Criterion.VULNERABILITY,
            3,
            Criterion.SKILLS,
            9,
            Criterion.VIABILITY,
            4,
            Criterion.INTERVIEW,
            1);
    var tens =
        new ScoringGrid(
            10,
            Map.of(
                Criterion.VULNERABILITY,
                30,
                Criterion.SKILLS,
                20,
                Criterion.VIABILITY,
                30,
                Criterion.INTERVIEW,
                20));
    var units =
        new ScoringGrid(
            10,
            Map.of(
                Criterion.VULNERABILITY,
                3,
                Criterion.SKILLS,
                2,
                Criterion.VIABILITY,
                3,
                Criterion.INTERVIEW,
                2));
    assertEquals(tens.total(marks), units.total(marks));
  }

  @Test
  void theTotalIsRoundedHalfEvenToTwoDecimals() {
    // 1 out of 3 on a single criterion: 33.333… → 33.33; 2 out of 3 → 66.67
    var grid = new ScoringGrid(3, Map.of(Criterion.INTERVIEW, 1));
    assertEquals(new BigDecimal("33.33"), grid.total(Map.of(Criterion.INTERVIEW, 1)).orElseThrow());
    assertEquals(new BigDecimal("66.67"), grid.total(Map.of(Criterion.INTERVIEW, 2)).orElseThrow());
    // 1 out of 8: 12.5 exactly, kept as 12.50
    assertEquals(
        new BigDecimal("12.50"),
        new ScoringGrid(8, Map.of(Criterion.SKILLS, 5))
            .total(Map.of(Criterion.SKILLS, 1))
            .orElseThrow());
  }

  @Test
  void thereIsNoTotalUntilEveryWeightedCriterionIsMarked() {
    var grid = ScoringGrid.standard();
    assertTrue(
        grid.total(Map.of(Criterion.VULNERABILITY, 8, Criterion.SKILLS, 5, Criterion.VIABILITY, 7))
            .isEmpty());
    var noInterview =
        new ScoringGrid(
            10, Map.of(Criterion.VULNERABILITY, 1, Criterion.SKILLS, 1, Criterion.VIABILITY, 1));
    assertEquals(
        new BigDecimal("50.00"),
        noInterview
            .total(Map.of(Criterion.VULNERABILITY, 5, Criterion.SKILLS, 5, Criterion.VIABILITY, 5))
            .orElseThrow());
  }

  @Test
  void marksOutsideTheScaleAreRefusedOnTheirField() {
    var grid = ScoringGrid.standard();
    grid.check(Criterion.INTERVIEW, 0);
    grid.check(Criterion.INTERVIEW, 10);
    var above = assertThrows(IncubatorException.class, () -> grid.check(Criterion.INTERVIEW, 11));
    assertEquals("markInterview", above.getField().orElseThrow());
    assertEquals("selection.grid.mark", above.getMessageKey());
    assertThrows(IncubatorException.class, () -> grid.check(Criterion.SKILLS, -1));
  }

  @Test
  void aGridNeedsATopMarkWeightsInRangeAndSomeWeight() {
    assertEquals(
        "topMark",
        assertThrows(IncubatorException.class, () -> new ScoringGrid(0, ALL_TEN))
            .getField()
            .orElseThrow());
    assertEquals(
        "topMark",
        assertThrows(IncubatorException.class, () -> new ScoringGrid(101, ALL_TEN))
            .getField()
            .orElseThrow());
    assertEquals(
        "weightSkills",
        assertThrows(
                IncubatorException.class, () -> new ScoringGrid(10, Map.of(Criterion.SKILLS, 101)))
            .getField()
            .orElseThrow());
    assertEquals(
        "weightViability",
        assertThrows(
                IncubatorException.class,
                () -> new ScoringGrid(10, Map.of(Criterion.VIABILITY, -1)))
            .getField()
            .orElseThrow());
    assertEquals(
        "selection.grid.noWeight",
        assertThrows(IncubatorException.class, () -> new ScoringGrid(10, Map.of()))
            .getMessageKey());
  }
}
