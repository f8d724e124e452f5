package org.incubator.coaching;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** A session on a mentor's day or calendar, with the person's name, read in one statement. */
public record VisitSummary(
    Long id,
    LocalDate day,
    LocalTime startsAt,
    CoachingKind kind,
    MeetingPlace place,
    MeetingStatus status,
    Integer minutes,
    Long participantId,
    String firstName,
    String lastName)
    implements Serializable {}
