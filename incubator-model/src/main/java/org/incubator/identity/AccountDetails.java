package org.incubator.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.incubator.shared.PhoneNumber;

/** A staff account as the administrator types it. */
public class AccountDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{field.required}")
  @Pattern(regexp = "[A-Za-z0-9._-]{3,60}", message = "{identity.signUp.username}")
  private String username;

  @NotBlank(message = "{field.required}")
  @Size(max = UserAccount.DISPLAY_NAME_LENGTH, message = "{field.tooLong}")
  private String displayName;

  @NotNull(message = "{field.required}")
  private Role role;

  @Size(max = PhoneNumber.TYPED_LENGTH, message = "{field.tooLong}")
  private String phone;

  @Size(max = UserAccount.EMAIL_LENGTH, message = "{field.tooLong}")
  private String email;

  public static AccountDetails of(UserAccount account) {
    var details = new AccountDetails();
    details.username = account.getUsername();
    details.displayName = account.getDisplayName();
    details.role = account.getRole();
    details.phone = account.getPhone() == null ? null : account.getPhone().getNational();
    details.email = account.getEmail();
    return details;
  }

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

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
