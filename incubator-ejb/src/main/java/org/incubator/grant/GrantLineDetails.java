package org.incubator.grant;

import java.io.Serializable;
import java.math.BigDecimal;

/** One line of a grant's use as the mentor types it. */
public record GrantLineDetails(UseCategory category, String description, BigDecimal amount)
    implements Serializable {}
