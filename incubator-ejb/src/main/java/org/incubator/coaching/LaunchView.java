package org.incubator.coaching;

import java.io.Serializable;

/**
 * A business's launch as its file shows it: the facts, and whether it waits for a second mentor
 * before it releases money (the mentor who recorded it prepared the person's grant).
 */
public record LaunchView(BusinessLaunch launch, boolean awaitingSecondMentor)
    implements Serializable {}
