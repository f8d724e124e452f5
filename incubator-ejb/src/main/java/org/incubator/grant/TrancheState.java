package org.incubator.grant;

import java.io.Serializable;
import org.incubator.shared.Money;

/**
 * Where a tranche stands: paid, payable now, or waiting for its milestone (or for an earlier
 * tranche).
 */
public record TrancheState(
    int sequence,
    int percent,
    Money amount,
    Milestone milestone,
    boolean paid,
    boolean milestoneReached,
    boolean payable)
    implements Serializable {}
