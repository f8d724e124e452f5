package org.incubator.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.incubator.identity.UserAccounts;
import org.incubator.shared.IncubatorException;
import org.incubator.web.shared.Messages;

/**
 * A new password: signed in, giving the current one ({@code /identity/password.xhtml}); or, when it
 * is forgotten, with the one-time code the administrator handed over ({@code
 * /reset-password.xhtml}).
 */
@Named
@RequestScoped
public class PasswordBacking {

  @Inject private UserAccounts accounts;

  private String username;
  private String resetCode;
  private String currentPassword;
  private String newPassword;
  private String newPasswordRepeat;

  public String change() {
    try {
      accounts.changeMyPassword(currentPassword, newPassword, newPasswordRepeat);
      Messages.info("identity.password.changed");
      return "/index.xhtml?faces-redirect=true";
    } catch (IncubatorException e) {
      Messages.show(e);
      return null;
    }
  }

  public String reset() {
    try {
      accounts.resetPassword(username, resetCode, newPassword, newPasswordRepeat);
      Messages.info("identity.password.reset");
      return "/login.xhtml?faces-redirect=true";
    } catch (IncubatorException e) {
      Messages.show(e);
      return null;
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getResetCode() {
    return resetCode;
  }

  public void setResetCode(String resetCode) {
    this.resetCode = resetCode;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getNewPasswordRepeat() {
    return newPasswordRepeat;
  }

  public void setNewPasswordRepeat(String newPasswordRepeat) {
    this.newPasswordRepeat = newPasswordRepeat;
  }
}
