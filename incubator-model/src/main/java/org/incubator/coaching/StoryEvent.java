package org.incubator.coaching;

import java.io.Serializable;
import java.time.Instant;

/**
 * One event of a person's story: when, of which part, what happened ({@code what}, and {@code how}
 * where it says more — a session's outcome, who owns an action), a text of the person's own (the
 * topics, the action, the activity) and who recorded it.
 */
public record StoryEvent(
    Instant at, StoryKind kind, Enum<?> what, Enum<?> how, String text, String by)
    implements Serializable {}
