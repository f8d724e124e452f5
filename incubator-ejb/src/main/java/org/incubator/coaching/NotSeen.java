package org.incubator.coaching;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A person the mentor leads whom nobody has met for too long: the day of their last session held,
 * or, never met, the day the mentor began to lead them.
 */
public record NotSeen(
    Long participantId, String firstName, String lastName, LocalDate since, boolean never)
    implements Serializable {}
