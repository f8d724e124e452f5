package org.incubator.web.identity;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.incubator.identity.SignInOutcome;
import org.incubator.identity.UserAccount;
import org.incubator.web.shared.Messages;

/**
 * Signs a person in with the form of {@code /login.xhtml}. On success the session id changes (so a
 * session id planted before sign-in is worthless) and each role lands on its own home page.
 */
@Named
@RequestScoped
public class LoginBacking {

  @Inject private SecurityContext security;

  @Inject private CurrentUser currentUser;

  @Inject private SignInInProgress inProgress;

  @NotBlank(message = "{field.required}")
  private String username;

  @NotBlank(message = "{field.required}")
  private String password;

  /** Where to go once signed in, when the sign-in interrupted something (a page of this site). */
  private String next;

  public void redirectIfSignedIn() throws IOException {
    if (currentUser.isSignedIn()) {
      goHome();
    }
  }

  public void signIn() throws IOException {
    var credential =
        new UsernamePasswordCredential(
            UserAccount.normaliseUsername(username), new Password(password));
    SignInOutcome outcome = authenticate(credential);
    if (outcome != null && outcome.kind() == SignInOutcome.Kind.SECOND_FACTOR) {
      inProgress.start(outcome.ticket());
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/second-factor.xhtml");
    } else if (outcome != null && !outcome.isAccepted()) {
      refused(outcome);
    }
  }

  /**
   * Authenticates with the credential and, on success, changes the session id (a session id planted
   * before sign-in is worthless) and goes home. Returns what the sign-in service said.
   */
  SignInOutcome authenticate(Credential credential) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    var request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            withParams().credential(credential).newAuthentication(true));
    var outcome = (SignInOutcome) request.getAttribute(AccountIdentityStore.OUTCOME);
    switch (status) {
      case SUCCESS -> {
        inProgress.end();
        request.changeSessionId();
        goHome();
      }
      case SEND_CONTINUE -> faces.responseComplete();
      default -> {
        if (outcome == null) {
          Messages.error("login.failed");
        }
      }
    }
    return outcome;
  }

  /** Says why, without telling whether the account exists. */
  static void refused(SignInOutcome outcome) {
    if (outcome.kind() == SignInOutcome.Kind.REFUSED) {
      Messages.error("login.failed");
    } else if (outcome.kind() == SignInOutcome.Kind.WAIT) {
      Messages.error("login.wait", outcome.waitSeconds());
    } else {
      Messages.error("login.busy");
    }
  }

  /** Home, or back to the page the sign-in interrupted when it is one of this site's pages. */
  private void goHome() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(
        external.getRequestContextPath()
            + (isPageOfThisSite(next) ? next : currentUser.getHomeView()));
  }

  /** A path of this application's pages, with simple parameters: never another site. */
  static boolean isPageOfThisSite(String path) {
    return path != null
        && path.length() <= 200
        && path.matches(
            "/[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\\.xhtml(\\?[A-Za-z0-9_]+=[A-Za-z0-9_-]*)?");
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
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
