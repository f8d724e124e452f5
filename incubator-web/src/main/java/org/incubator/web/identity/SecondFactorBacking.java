package org.incubator.web.identity;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.incubator.identity.SignIn;
import org.incubator.identity.SignInOutcome;
import org.incubator.shared.IncubatorException;
import org.incubator.web.shared.Messages;

/**
 * The second step of signing in ({@code /second-factor.xhtml}), after the right password: the code
 * of the authenticator app, or a recovery code. The first time, the person enrols: scans the QR
 * code (or types the key), proves it with a code, and keeps the recovery codes shown once.
 */
@Named
@ViewScoped
public class SecondFactorBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SignInInProgress inProgress;

  @Inject private SignIn signIn;

  @Inject private LoginBacking login;

  private boolean enrolling;
  private String secret;
  private String qrCode;
  private String code;
  private List<String> recoveryCodes;

  public void load() throws IOException {
    if (secret != null || recoveryCodes != null) {
      return;
    }
    if (!inProgress.isStarted()) {
      toSignIn();
      return;
    }
    try {
      enrolling = signIn.needsEnrolment(inProgress.ticket());
    } catch (IncubatorException expired) {
      inProgress.end();
      toSignIn();
      return;
    }
    if (enrolling) {
      secret = signIn.newSecret();
      qrCode = QrCodes.svgDataUri(signIn.enrolmentUri(inProgress.ticket(), secret));
    }
  }

  /** A code of the enrolled app, or a recovery code. */
  public void verify() throws IOException {
    try {
      SignInOutcome checked = signIn.checkCode(inProgress.ticket(), code);
      if (checked.kind() == SignInOutcome.Kind.SECOND_FACTOR) {
        complete();
      } else if (checked.kind() == SignInOutcome.Kind.REFUSED) {
        Messages.show(IncubatorException.onField("code", "identity.secondFactor.wrongCode"));
      } else {
        LoginBacking.refused(checked);
      }
    } catch (IncubatorException expired) {
      expired();
    }
  }

  /** The first code of a new key: the key is kept, and the recovery codes shown. */
  public void enrol() throws IOException {
    try {
      recoveryCodes = signIn.enrol(inProgress.ticket(), secret, code);
      secret = null;
      qrCode = null;
    } catch (IncubatorException refused) {
      if (refused.getMessageKey().equals("identity.secondFactor.expired")) {
        expired();
      } else {
        Messages.show(refused);
      }
    }
  }

  /** After the recovery codes were kept, or a right code: signed in. */
  public void complete() throws IOException {
    SignInOutcome outcome = login.authenticate(new SecondStepCredential(inProgress.ticket()));
    if (outcome == null || !outcome.isAccepted()) {
      expired();
    }
  }

  private void expired() throws IOException {
    inProgress.end();
    Messages.info("identity.secondFactor.expired");
    toSignIn();
  }

  private static void toSignIn() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/login.xhtml");
  }

  public boolean isEnrolling() {
    return enrolling;
  }

  /** The key in groups of four, for typing it into the app by hand. */
  public String getSecretInGroups() {
    return QrCodes.grouped(secret);
  }

  public String getQrCode() {
    return qrCode;
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
