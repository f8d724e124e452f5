package org.incubator.web.identity;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.incubator.identity.PasswordHashing;
import org.incubator.identity.Role;

/**
 * Form sign-in on the application's own page, against the accounts in the database. Passwords
 * verify with the same PBKDF2 parameters they were hashed with ({@link PasswordHashing}).
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = "java:jboss/datasources/IncubatorDS",
    callerQuery = "SELECT password_hash FROM user_account WHERE username = ? AND enabled = TRUE",
    groupsQuery = "SELECT role FROM user_account WHERE username = ?",
    hashAlgorithm = Pbkdf2PasswordHash.class,
    hashAlgorithmParameters = {
      PasswordHashing.ALGORITHM,
      PasswordHashing.ITERATIONS,
      PasswordHashing.SALT_SIZE,
      PasswordHashing.KEY_SIZE
    })
@DeclareRoles({Role.Names.ADMIN, Role.Names.MENTOR, Role.Names.ENTREPRENEUR, Role.Names.REVIEWER})
@ApplicationScoped
public class SecurityConfiguration {}
