package org.incubator.grant;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A payment as the treasurer records it. The token is given to the form when it is shown: sending
 * the same form twice pays once.
 */
public record PaymentDetails(LocalDate paidOn, PaymentMethod method, String reference, String token)
    implements Serializable {}
