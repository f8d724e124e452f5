package org.incubator.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.incubator.identity.SignUpDetails;
import org.incubator.identity.UserAccounts;
import org.incubator.shared.IncubatorException;
import org.incubator.web.shared.Messages;

/** A young person opens their own account on {@code /join.xhtml}, then is signed in at once. */
@Named
@RequestScoped
public class SignUpBacking {

  @Inject private UserAccounts accounts;

  @Inject private LoginBacking login;

  private final SignUpDetails details = new SignUpDetails();

  public void join() throws IOException {
    try {
      accounts.openEntrepreneurAccount(details);
    } catch (IncubatorException e) {
      Messages.show(e);
      return;
    }
    login.setUsername(details.getUsername());
    login.setPassword(details.getPassword());
    login.signIn();
  }

  public SignUpDetails getDetails() {
    return details;
  }
}
