package org.incubator.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import java.util.Optional;
import org.incubator.identity.Role;
import org.incubator.identity.UserAccount;
import org.incubator.identity.UserAccounts;

/** Who is signed in, for the shell: name, role, and the page each role starts from. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject private SecurityContext security;

  @Inject private UserAccounts accounts;

  private Optional<UserAccount> account;

  /**
   * Signed in means holding one of the application's roles: WildFly names even an anonymous caller.
   */
  public boolean isSignedIn() {
    return getRole().isPresent();
  }

  public String getDisplayName() {
    return account().map(UserAccount::getDisplayName).orElse("");
  }

  public String getUsername() {
    return security.getCallerPrincipal() == null ? "" : security.getCallerPrincipal().getName();
  }

  public boolean is(String role) {
    return security.isCallerInRole(role);
  }

  public Optional<Role> getRole() {
    return Arrays.stream(Role.values())
        .filter(role -> security.isCallerInRole(role.name()))
        .findFirst();
  }

  /** The home page of the signed-in person's role, as a view id. */
  public String getHomeView() {
    return getRole().map(CurrentUser::homeOf).orElse("/login.xhtml");
  }

  public static String homeOf(Role role) {
    return "/home/" + role.name().toLowerCase(java.util.Locale.ROOT) + ".xhtml";
  }

  private Optional<UserAccount> account() {
    if (account == null) {
      account =
          isSignedIn()
              ? accounts.findByUsername(security.getCallerPrincipal().getName())
              : Optional.empty();
    }
    return account;
  }
}
