package org.incubator.starterkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.incubator.starterkit.WaitingLine.Waiting;
import org.junit.jupiter.api.Test;

class WaitingLineTest {

  private static final long MACHINE = 1;
  private static final long SCISSORS = 2;
  private static final long DRILL = 3;

  @Test
  void kitsAreServedWholeInOrderOfAdmission() {
    List<Waiting> line =
        List.of(
            new Waiting(10L, Map.of(MACHINE, 1, SCISSORS, 2)),
            new Waiting(11L, Map.of(MACHINE, 1, SCISSORS, 2)),
            new Waiting(12L, Map.of(MACHINE, 1, SCISSORS, 2)));
    assertEquals(List.of(10L, 11L), WaitingLine.serve(line, Map.of(MACHINE, 3, SCISSORS, 5)));
  }

  @Test
  void nobodyAdmittedLaterTakesWhatAnEarlierPersonWaitsFor() {
    List<Waiting> line =
        List.of(
            new Waiting(10L, Map.of(MACHINE, 2, SCISSORS, 1)),
            new Waiting(11L, Map.of(SCISSORS, 1)),
            new Waiting(12L, Map.of(DRILL, 1)));
    // the first waits for a second machine: the scissors stay for her, the drill goes to the third
    assertEquals(List.of(12L), WaitingLine.serve(line, Map.of(MACHINE, 1, SCISSORS, 5, DRILL, 1)));
  }

  @Test
  void nothingFreeServesNobody() {
    assertEquals(
        List.of(), WaitingLine.serve(List.of(new Waiting(10L, Map.of(DRILL, 1))), Map.of()));
  }
}
