package org.incubator.coaching;

import java.io.Serializable;

/**
 * How an entrepreneur reaches their lead mentor: the name, phone (as dialled at home, and in full
 * for a link) and e-mail of their account.
 */
public record LeadContact(String name, String phone, String dial, String email)
    implements Serializable {}
