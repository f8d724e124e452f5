package org.incubator.coaching;

import java.io.Serializable;
import java.time.Instant;
import org.incubator.training.JourneyStage;

/** A person of a mentor's caseload as the list shows them, read in one statement. */
public record CaseloadPerson(
    Long participantId,
    Long applicationId,
    String firstName,
    String lastName,
    String cohortName,
    JourneyStage stage,
    Instant leadSince)
    implements Serializable {}
