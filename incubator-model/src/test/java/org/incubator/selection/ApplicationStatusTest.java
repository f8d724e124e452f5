package org.incubator.selection;

import static org.incubator.selection.ApplicationStatus.ADMITTED;
import static org.incubator.selection.ApplicationStatus.DECLINED;
import static org.incubator.selection.ApplicationStatus.DRAFT;
import static org.incubator.selection.ApplicationStatus.ELIGIBLE;
import static org.incubator.selection.ApplicationStatus.INELIGIBLE;
import static org.incubator.selection.ApplicationStatus.SHORTLISTED;
import static org.incubator.selection.ApplicationStatus.SUBMITTED;
import static org.incubator.selection.ApplicationStatus.WAITING;
import static org.incubator.selection.ApplicationStatus.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.incubator.shared.IncubatorException;
import org.junit.jupiter.api.Test;

/** Every move of the life cycle, legal and illegal, checked against the table the centre agreed. */
class ApplicationStatusTest {

  private static final Map<ApplicationStatus, Set<ApplicationStatus>> LEGAL =
      Map.of(
          DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN),
          SUBMITTED, EnumSet.of(ELIGIBLE, INELIGIBLE, WITHDRAWN),
          ELIGIBLE, EnumSet.of(INELIGIBLE, SHORTLISTED, WITHDRAWN),
          INELIGIBLE, EnumSet.of(ELIGIBLE, WITHDRAWN),
          SHORTLISTED, EnumSet.of(ADMITTED, WAITING, DECLINED, WITHDRAWN),
          WAITING, EnumSet.of(ADMITTED, DECLINED, WITHDRAWN),
          ADMITTED, EnumSet.of(WITHDRAWN),
          DECLINED, EnumSet.noneOf(ApplicationStatus.class),
          WITHDRAWN, EnumSet.noneOf(ApplicationStatus.class));

  @Test
  void everyLegalMoveIsAllowedAndEveryOtherIsRefusedWithBothStatusesNamed() {
    assertEquals(EnumSet.allOf(ApplicationStatus.class), LEGAL.keySet());
    for (ApplicationStatus from : ApplicationStatus.values()) {
      for (ApplicationStatus to : ApplicationStatus.values()) {
        if (LEGAL.get(from).contains(to)) {
          assertTrue(from.canMoveTo(to), from + " -> " + to);
          assertEquals(to, from.moveTo(to));
        } else {
          assertFalse(from.canMoveTo(to), from + " -> " + to);
          var refusal =
              assertThrows(IncubatorException.class, () -> from.moveTo(to), from + " -> " + to);
          assertEquals("selection.application.illegalMove", refusal.getMessageKey());
          assertArrayEquals(new Object[] {from, to}, refusal.getArguments());
        }
      }
    }
  }

  @Test
  void noStatusMovesToItself() {
    for (ApplicationStatus status : ApplicationStatus.values()) {
      assertFalse(status.canMoveTo(status), status.name());
    }
  }

  @Test
  void onlyUndecidedApplicationsAreReassessedWhenRulesChange() {
    assertEquals(
        EnumSet.of(SUBMITTED, ELIGIBLE, INELIGIBLE),
        EnumSet.copyOf(
            java.util.Arrays.stream(ApplicationStatus.values())
                .filter(ApplicationStatus::isOpenToReassessment)
                .toList()));
  }

  @Test
  void declinedAndWithdrawnAreFinal() {
    assertEquals(
        EnumSet.of(DECLINED, WITHDRAWN),
        EnumSet.copyOf(
            java.util.Arrays.stream(ApplicationStatus.values())
                .filter(ApplicationStatus::isFinal)
                .toList()));
  }
}
