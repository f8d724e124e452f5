package org.incubator.web.identity;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/** The ticket of a sign-in whose password was right and whose second factor is still to come. */
@SessionScoped
public class SignInInProgress implements Serializable {

  private static final long serialVersionUID = 1L;

  private String ticket;

  void start(String ticket) {
    this.ticket = ticket;
  }

  String ticket() {
    return ticket;
  }

  boolean isStarted() {
    return ticket != null;
  }

  void end() {
    ticket = null;
  }
}
