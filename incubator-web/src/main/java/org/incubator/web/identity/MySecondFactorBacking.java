package org.incubator.web.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.incubator.identity.SignIn;
import org.incubator.shared.IncubatorException;
import org.incubator.web.shared.Messages;

/**
 * A member of staff who is not asked for a second factor (a mentor) protects their account with
 * one, from their own sign-in page: scans the QR code, types a first code, keeps the recovery
 * codes.
 */
@Named
@ViewScoped
public class MySecondFactorBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SignIn signIn;

  @Inject private CurrentUser currentUser;

  private Boolean enrolled;
  private String secret;
  private String qrCode;
  private String code;
  private List<String> recoveryCodes;

  /** Only staff enrol here; entrepreneurs sign in with their password. */
  public boolean isOffered() {
    return !currentUser.is("ENTREPRENEUR");
  }

  public boolean isEnrolled() {
    if (enrolled == null) {
      enrolled = isOffered() && signIn.hasMySecondFactor();
    }
    return enrolled;
  }

  public void start() {
    secret = signIn.newSecret();
    qrCode = QrCodes.svgDataUri(signIn.myEnrolmentUri(secret));
  }

  public void enrol() {
    try {
      recoveryCodes = signIn.enrolMine(secret, code);
      enrolled = true;
      secret = null;
      qrCode = null;
      Messages.info("identity.secondFactor.enrolled");
    } catch (IncubatorException e) {
      Messages.show(e);
    }
  }

  public boolean isEnrolling() {
    return secret != null;
  }

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
