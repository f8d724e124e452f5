package org.incubator.coaching;

import static org.incubator.training.Admissions.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.incubator.shared.IncubatorException;
import org.incubator.training.Admissions;
import org.incubator.training.Participant;
import org.junit.jupiter.api.Test;

class MentorshipTest {

  private final Participant participant =
      Participant.admitted(new Admissions().admitted("MS1"), "karim", NOW);

  @Test
  void everyChangeOfLeadMentorIsKeptWithItsReason() {
    var mentorship = Mentorship.led(participant, "karim", null, "samira", NOW);
    assertTrue(mentorship.isLedBy("karim"));
    assertTrue(
        mentorship.handTo("nadia", " Karim's caseload is full ", "samira", NOW.plusSeconds(60)));
    assertFalse(mentorship.isLedBy("karim"));
    assertEquals("nadia", mentorship.getLeadMentor());
    assertEquals(
        List.of("karim", "nadia"),
        mentorship.getHistory().stream().map(LeadMentorChange::getTo).toList());
    LeadMentorChange second = mentorship.getHistory().get(1);
    assertEquals(Optional.of("karim"), second.getFrom());
    assertEquals("Karim's caseload is full", second.getReason());
    assertEquals("samira", second.getBy());
  }

  @Test
  void theSameMentorAgainChangesNothingAndNoMentorIsRefused() {
    var mentorship = Mentorship.led(participant, "karim", null, "samira", NOW);
    assertFalse(mentorship.handTo("karim", "again", "samira", NOW));
    assertEquals(1, mentorship.getHistory().size());
    assertEquals(
        "leadMentor",
        assertThrows(IncubatorException.class, () -> mentorship.handTo(" ", null, "samira", NOW))
            .getField()
            .orElseThrow());
    assertEquals(
        "leadMentorReason",
        assertThrows(
                IncubatorException.class,
                () -> mentorship.handTo("nadia", "x".repeat(501), "samira", NOW))
            .getField()
            .orElseThrow());
  }
}
