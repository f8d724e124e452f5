package org.incubator.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What a young person types to open their own account and apply. */
public class SignUpDetails implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final int PASSWORD_MIN = 10;

  /** A longer password protects no more and costs more to hash: no form takes one. */
  public static final int PASSWORD_MAX = 200;

  @NotBlank(message = "{field.required}")
  @Pattern(regexp = "[A-Za-z0-9._-]{3,60}", message = "{identity.signUp.username}")
  private String username;

  @NotBlank(message = "{field.required}")
  @Size(max = UserAccount.DISPLAY_NAME_LENGTH, message = "{field.tooLong}")
  private String displayName;

  @NotBlank(message = "{field.required}")
  @Size(min = PASSWORD_MIN, max = PASSWORD_MAX, message = "{identity.signUp.passwordLength}")
  private String password;

  @NotBlank(message = "{field.required}")
  private String passwordRepeat;

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getPasswordRepeat() {
    return passwordRepeat;
  }

  public void setPasswordRepeat(String passwordRepeat) {
    this.passwordRepeat = passwordRepeat;
  }
}
