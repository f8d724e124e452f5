package org.incubator.web.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.incubator.identity.SignIn;
import org.incubator.identity.SignInOutcome;

/**
 * The application's only identity store: it asks {@link SignIn}, which slows guessing down and
 * costs the same for unknown users (Jakarta Security's database store does neither). The outcome
 * stays on the request, so the sign-in page can say how long to wait.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  public static final String OUTCOME = SignInOutcome.class.getName();

  @Inject private SignIn signIn;

  @Inject private HttpServletRequest request;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    SignInOutcome outcome =
        signIn.check(credential.getCaller(), credential.getPassword().getValue());
    request.setAttribute(OUTCOME, outcome);
    return result(outcome);
  }

  /** The last step of a sign-in with a second factor, which only the service can complete. */
  public CredentialValidationResult validate(SecondStepCredential credential) {
    SignInOutcome outcome = signIn.complete(credential.ticket());
    request.setAttribute(OUTCOME, outcome);
    return result(outcome);
  }

  private static CredentialValidationResult result(SignInOutcome outcome) {
    return outcome.isAccepted()
        ? new CredentialValidationResult(outcome.username(), Set.of(outcome.role().name()))
        : CredentialValidationResult.INVALID_RESULT;
  }
}
