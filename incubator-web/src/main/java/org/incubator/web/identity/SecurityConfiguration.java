package org.incubator.web.identity;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.incubator.identity.Role;

/**
 * Form sign-in on the application's own page, against the accounts in the database through {@link
 * AccountIdentityStore}.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.Names.ADMIN, Role.Names.MENTOR, Role.Names.ENTREPRENEUR, Role.Names.REVIEWER})
@ApplicationScoped
public class SecurityConfiguration {}
