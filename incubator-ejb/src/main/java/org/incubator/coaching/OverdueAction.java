package org.incubator.coaching;

import java.io.Serializable;
import java.time.LocalDate;

/** An open action past its day, of a person the mentor leads. */
public record OverdueAction(
    Long id,
    String what,
    ActionOwner owner,
    LocalDate dueOn,
    Long participantId,
    String firstName,
    String lastName)
    implements Serializable {}
