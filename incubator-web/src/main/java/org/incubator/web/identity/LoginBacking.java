package org.incubator.web.identity;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.incubator.identity.UserAccount;
import org.incubator.web.shared.Messages;

/**
 * Signs a person in with the form of {@code /login.xhtml}. On success the session id changes (so
 * a session id planted before sign-in is worthless) and each role lands on its own home page.
 */
@Named
@RequestScoped
public class LoginBacking {

  @Inject
  private SecurityContext security;

  @Inject
  private CurrentUser currentUser;

  @NotBlank(message = "{field.required}")
  private String username;

  @NotBlank(message = "{field.required}")
  private String password;

  public void redirectIfSignedIn() throws IOException {
    if (currentUser.isSignedIn()) {
      goHome();
    }
  }

  public void signIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    var request = (HttpServletRequest) external.getRequest();
    var credential = new UsernamePasswordCredential(UserAccount.normaliseUsername(username), new Password(password));
    AuthenticationStatus status =
        security.authenticate(request, (HttpServletResponse) external.getResponse(), withParams().credential(credential).newAuthentication(true));
    switch (status) {
      case SUCCESS -> {
        request.changeSessionId();
        goHome();
      }
      case SEND_CONTINUE -> faces.responseComplete();
      default -> Messages.error("login.failed");
    }
  }

  private void goHome() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + currentUser.getHomeView());
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
