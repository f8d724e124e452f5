package org.incubator.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.concurrent.Callable;
import org.incubator.identity.Role;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * Runs a piece of a test in the ENTREPRENEUR role as the applicant it names, so that each test has
 * an applicant of its own (an account from {@link Accounts#entrepreneur}) whose files no other test
 * touches, and the services' own security is what is tested. A {@code @RunAsPrincipal} names one
 * person for good; this does what WildFly does for it, for a name the test chooses, through
 * Elytron's API (which WildFly gives every deployment; the Arquillian client brings it to compile).
 */
@Stateless
@PermitAll
public class AsApplicant {

  public static final String JNDI = "java:global/incubator/test-support/AsApplicant";

  /** The role category in which WildFly checks the roles of an EJB's caller. */
  private static final String EJB_ROLES = "ejb";

  public <T> T call(String username, Callable<T> work) throws Exception {
    var applicant =
        SecurityDomain.getCurrent()
            .createAdHocIdentity(username)
            .withRoleMapper(EJB_ROLES, RoleMapper.constant(Roles.of(Role.Names.ENTREPRENEUR)));
    try {
      return applicant.runAs((PrivilegedExceptionAction<T>) work::call);
    } catch (PrivilegedActionException e) {
      throw e.getException();
    }
  }
}
