package org.incubator.web.identity;

import jakarta.security.enterprise.credential.Credential;

/** What completes a sign-in after the second factor: the ticket the right password earned. */
public record SecondStepCredential(String ticket) implements Credential {}
