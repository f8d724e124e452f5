package org.incubator.coaching;

import static org.incubator.training.Admissions.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Money;
import org.incubator.training.Admissions;
import org.incubator.training.Participant;
import org.junit.jupiter.api.Test;

class CoachingSessionTest {

  private static final LocalDate TODAY = LocalDate.of(2028, 3, 15);

  private final Participant person =
      Participant.admitted(new Admissions().admitted("CS1"), "karim", NOW);

  private static SessionDetails followUp() {
    SessionDetails details = SessionDetails.followUpNow(TODAY, LocalTime.of(10, 17, 42));
    details.setTopics(" Stock and prices ");
    return details;
  }

  private String refusedField(SessionDetails details) {
    return assertThrows(
            IncubatorException.class,
            () -> CoachingSession.held(person, details, TODAY, "karim", "karim", NOW))
        .getField()
        .orElseThrow();
  }

  @Test
  void aRoutineFollowUpAtTheBusinessIsHeldTodayForHalfAnHour() {
    var session = CoachingSession.held(person, followUp(), TODAY, "karim", "karim", NOW);
    assertEquals(MeetingStatus.HELD, session.getStatus());
    assertEquals(CoachingKind.FOLLOW_UP, session.getKind());
    assertEquals(MeetingPlace.AT_BUSINESS, session.getPlace());
    assertEquals(LocalTime.of(10, 17), session.getStartsAt());
    assertEquals(Duration.ofMinutes(30), session.getTimeSpent());
    assertEquals("Stock and prices", session.getTopics());
    assertNull(session.getCounterpart(), "only business relations name a counterpart");
  }

  @Test
  void aHeldSessionNeedsItsLengthAndTopicsAndHappenedAlready() {
    assertEquals("minutes", refusedField(with(followUp(), d -> d.setMinutes(null))));
    assertEquals("minutes", refusedField(with(followUp(), d -> d.setMinutes(0))));
    assertEquals("minutes", refusedField(with(followUp(), d -> d.setMinutes(601))));
    assertEquals("topics", refusedField(with(followUp(), d -> d.setTopics("  "))));
    assertEquals("notes", refusedField(with(followUp(), d -> d.setNotes("x".repeat(2001)))));
    assertEquals("day", refusedField(with(followUp(), d -> d.setDay(TODAY.plusDays(1)))));
    assertEquals("kind", refusedField(with(followUp(), d -> d.setKind(null))));
    assertEquals("place", refusedField(with(followUp(), d -> d.setPlace(null))));
  }

  @Test
  void aBusinessRelationsSessionRecordsTheCounterpartAndWhatCameOfItWithItsValue() {
    SessionDetails meeting = with(followUp(), d -> d.setKind(CoachingKind.BUSINESS_RELATIONS));
    assertEquals("counterpart", refusedField(meeting));
    meeting.setCounterpart(Counterpart.SUPPLIER);
    assertEquals("outcome", refusedField(meeting));
    meeting.setOutcome(DealOutcome.ORDER);
    assertEquals("outcomeValue", refusedField(meeting));
    meeting.setOutcomeValue(new BigDecimal("-1"));
    assertEquals("outcomeValue", refusedField(meeting));
    meeting.setOutcomeValue(new BigDecimal("1E+300000000"));
    assertEquals("outcomeValue", refusedField(meeting));
    meeting.setOutcomeValue(new BigDecimal("12500.5"));
    meeting.setCounterpartName(" Textiles du Maarif ");
    var session = CoachingSession.held(person, meeting, TODAY, "karim", "karim", NOW);
    assertEquals(Money.mad("12500.50"), session.getOutcomeValue());
    assertEquals("Textiles du Maarif", session.getCounterpartName());

    SessionDetails nothing = with(meeting, d -> d.setOutcome(DealOutcome.NONE));
    assertNull(
        CoachingSession.held(person, nothing, TODAY, "karim", "karim", NOW).getOutcomeValue(),
        "no deal, no value");
  }

  @Test
  void aPlannedSessionIsHeldOrMissedOnceAndACancellationSaysWhy() {
    SessionDetails plan = with(followUp(), d -> d.setDay(TODAY.plusDays(2)));
    var session = CoachingSession.planned(person, plan, "nadia", "karim", NOW);
    assertEquals(MeetingStatus.PLANNED, session.getStatus());
    assertEquals(Duration.ZERO, session.getTimeSpent());
    assertEquals(
        "missedReason",
        assertThrows(
                IncubatorException.class,
                () -> session.miss(MeetingStatus.CANCELLED, " ", "nadia", NOW))
            .getField()
            .orElseThrow());
    session.miss(MeetingStatus.CANCELLED, "The shop was closed for Eid", "nadia", NOW);
    assertEquals(MeetingStatus.CANCELLED, session.getStatus());
    var refused =
        assertThrows(IncubatorException.class, () -> session.hold(plan, TODAY, "nadia", NOW));
    assertEquals("coaching.session.notPlanned", refused.getMessageKey());

    var other = CoachingSession.planned(person, plan, "nadia", "karim", NOW);
    other.miss(MeetingStatus.NO_SHOW, null, "nadia", NOW);
    assertEquals(MeetingStatus.NO_SHOW, other.getStatus());
  }

  @Test
  void nobodyIsCoachedAfterLeavingTheProgramme() {
    person.dropOut("Moved away", "karim", NOW);
    assertEquals(
        "coaching.session.notFollowed",
        assertThrows(
                IncubatorException.class,
                () -> CoachingSession.planned(person, followUp(), "karim", "karim", NOW))
            .getMessageKey());
  }

  @Test
  void anActionIsDueOnOrAfterItsSessionAndClosesOnce() {
    var session = CoachingSession.held(person, followUp(), TODAY, "karim", "karim", NOW);
    assertEquals(
        "actionDue1",
        assertThrows(
                IncubatorException.class,
                () ->
                    ActionItem.agreed(
                        session,
                        new ActionDetails("Open a bank account", ActionOwner.ENTREPRENEUR, null),
                        1,
                        "karim",
                        NOW))
            .getField()
            .orElseThrow());
    assertEquals(
        "actionDue0",
        assertThrows(
                IncubatorException.class,
                () ->
                    ActionItem.agreed(
                        session,
                        new ActionDetails(
                            "Open a bank account", ActionOwner.ENTREPRENEUR, TODAY.minusDays(1)),
                        0,
                        "karim",
                        NOW))
            .getField()
            .orElseThrow());
    var item =
        ActionItem.agreed(
            session,
            new ActionDetails(" Open a bank account ", ActionOwner.ENTREPRENEUR, TODAY.plusDays(7)),
            0,
            "karim",
            NOW);
    assertEquals("Open a bank account", item.getWhat());
    assertTrue(!item.isOverdueOn(TODAY.plusDays(7)));
    assertTrue(item.isOverdueOn(TODAY.plusDays(8)));
    item.done(true, "karim", NOW);
    assertEquals(ActionStatus.DONE, item.getStatus());
    assertTrue(item.isOnBehalf());
    assertTrue(!item.isOverdueOn(TODAY.plusDays(30)), "a done action is never overdue");
    assertEquals(
        "coaching.action.closed",
        assertThrows(IncubatorException.class, () -> item.drop("late", "karim", NOW))
            .getMessageKey());

    var mentors =
        ActionItem.agreed(
            session,
            new ActionDetails("Call the bank", ActionOwner.MENTOR, TODAY.plusDays(2)),
            1,
            "karim",
            NOW);
    assertEquals(
        "dropReason",
        assertThrows(IncubatorException.class, () -> mentors.drop("", "karim", NOW))
            .getField()
            .orElseThrow());
    mentors.drop("The bank came to the workshop", "karim", NOW);
    assertEquals(ActionStatus.DROPPED, mentors.getStatus());
  }

  private static SessionDetails with(
      SessionDetails details, java.util.function.Consumer<SessionDetails> change) {
    SessionDetails copy = copy(details);
    change.accept(copy);
    return copy;
  }

  private static SessionDetails copy(SessionDetails d) {
    var c = new SessionDetails();
    c.setKind(d.getKind());
    c.setDay(d.getDay());
    c.setStartsAt(d.getStartsAt());
    c.setPlace(d.getPlace());
    c.setMinutes(d.getMinutes());
    c.setTopics(d.getTopics());
    c.setNotes(d.getNotes());
    c.setCounterpart(d.getCounterpart());
    c.setCounterpartName(d.getCounterpartName());
    c.setOutcome(d.getOutcome());
    c.setOutcomeValue(d.getOutcomeValue());
    return c;
  }
}
