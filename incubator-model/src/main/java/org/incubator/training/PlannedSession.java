package org.incubator.training;

import java.time.Duration;

/**
 * A session of a person's training as their standing counts it: its module and length, whether it
 * is held (over, and its roll taken), and the person's mark (none when the roll did not name them:
 * an absence).
 */
public record PlannedSession(
    TrainingModule module, Duration length, boolean held, Presence presence) {}
