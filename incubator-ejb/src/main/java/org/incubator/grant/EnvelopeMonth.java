package org.incubator.grant;

import java.io.Serializable;
import java.time.YearMonth;
import org.incubator.shared.Money;

/** Where an envelope stood at the end of a month: committed (net of releases) and paid so far. */
public record EnvelopeMonth(YearMonth month, Money committed, Money paid) implements Serializable {}
