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
import org.incubator.web.shared.KeptReads;

/** Who is signed in, for the shell: name, role, and the page each role starts from. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject private SecurityContext security;

  @Inject private UserAccounts accounts;

  private Optional<Role> role;

  /**
   * Signed in means holding one of the application's roles: WildFly names even an anonymous caller.
   */
  public boolean isSignedIn() {
    return getRole().isPresent();
  }

  /** The name in the page header: read once and kept in the session, not read at each page. */
  public String getDisplayName() {
    if (!isSignedIn()) {
      return "";
    }
    String username = getUsername();
    return KeptReads.ofSession()
        .of(
            CurrentUser.class,
            username,
            () -> accounts.findByUsername(username).map(UserAccount::getDisplayName).orElse(""));
  }

  public String getUsername() {
    return security.getCallerPrincipal() == null ? "" : security.getCallerPrincipal().getName();
  }

  /** Whether the person signed in holds this role (each account holds one). */
  public boolean is(String role) {
    return getRole().map(held -> held.name().equals(role)).orElse(false);
  }

  /** Asked of the container once a request: the layout asks it for every menu item. */
  public Optional<Role> getRole() {
    if (role == null) {
      role =
          Arrays.stream(Role.values())
              .filter(candidate -> security.isCallerInRole(candidate.name()))
              .findFirst();
    }
    return role;
  }

  /** The home page of the signed-in person's role, as a view id. */
  public String getHomeView() {
    return getRole().map(CurrentUser::homeOf).orElse("/login.xhtml");
  }

  public static String homeOf(Role role) {
    return "/home/" + role.name().toLowerCase(java.util.Locale.ROOT) + ".xhtml";
  }
}
