package org.incubator.coaching;

import java.io.Serializable;
import java.time.LocalDate;

/** An open action of a person the mentor leads (past its day, or the mentor's to do soon). */
public record OverdueAction(
    Long id,
    String what,
    ActionOwner owner,
    LocalDate dueOn,
    Long participantId,
    String firstName,
    String lastName)
    implements Serializable {}
