package org.incubator.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.PhoneNumber;

/**
 * A person who signs in. The password is only ever kept as a PBKDF2-HMAC-SHA512 hash; the database
 * identity store reads {@code username}, {@code password_hash} and {@code role}.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

  public static final int USERNAME_LENGTH = 60;
  public static final int DISPLAY_NAME_LENGTH = 120;
  public static final int EMAIL_LENGTH = 120;

  /**
   * The longest one-time code a form takes back (a reset code, a code of the second factor or a
   * recovery code), with the spaces or dashes people type; only hashes of codes are kept.
   */
  public static final int TYPED_CODE_LENGTH = 40;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "username", length = USERNAME_LENGTH, nullable = false, unique = true)
  private String username;

  @Column(name = "password_hash", length = 255, nullable = false)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 20, nullable = false)
  private Role role;

  @Column(name = "display_name", length = DISPLAY_NAME_LENGTH, nullable = false)
  private String displayName;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Embedded private PhoneNumber phone;

  @Column(name = "email", length = EMAIL_LENGTH)
  private String email;

  /** The hash of the one-time code that sets a new password, while it lasts. */
  @Column(name = "reset_code_hash", length = 64)
  private String resetCodeHash;

  @Column(name = "reset_code_expires_at")
  private Instant resetCodeExpiresAt;

  @Column(name = "password_changed_at")
  private Instant passwordChangedAt;

  /** The shared TOTP key (Base32), once the person enrolled a second factor. */
  @Column(name = "second_factor_secret", length = 64)
  private String secondFactorSecret;

  @Column(name = "second_factor_since")
  private Instant secondFactorSince;

  /** The last TOTP time step accepted: a code is never accepted twice. */
  @Column(name = "second_factor_last_step", nullable = false)
  private long secondFactorLastStep;

  protected UserAccount() {}

  public UserAccount(
      String username, String passwordHash, Role role, String displayName, Instant createdAt) {
    this.username = normaliseUsername(username);
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    this.role = Objects.requireNonNull(role, "role");
    this.displayName = Objects.requireNonNull(displayName, "displayName");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.enabled = true;
  }

  public static String normaliseUsername(String username) {
    return Objects.requireNonNull(username, "username").trim().toLowerCase(Locale.ROOT);
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public boolean hasSecondFactor() {
    return secondFactorSecret != null;
  }

  public void enrolSecondFactor(String secret, long firstStep, Instant when) {
    if (hasSecondFactor()) {
      throw new IncubatorException("identity.secondFactor.alreadyEnrolled");
    }
    this.secondFactorSecret = Objects.requireNonNull(secret, "secret");
    this.secondFactorSince = Objects.requireNonNull(when, "when");
    this.secondFactorLastStep = firstStep;
  }

  /**
   * Takes a code's time step, refusing one already used (a code seen over a shoulder, replayed).
   */
  public boolean acceptStep(long step) {
    if (step <= secondFactorLastStep) {
      return false;
    }
    secondFactorLastStep = step;
    return true;
  }

  /** For the service that checks codes, never shown. */
  public String getSecondFactorSecret() {
    return secondFactorSecret;
  }

  public Instant getSecondFactorSince() {
    return secondFactorSince;
  }

  /** The administrator records who the person is, what they do here and how to reach them. */
  public void describe(String displayName, Role role, PhoneNumber phone, String email) {
    if (displayName == null || displayName.isBlank()) {
      throw IncubatorException.onField("displayName", "field.required");
    }
    if (displayName.strip().length() > DISPLAY_NAME_LENGTH) {
      throw IncubatorException.onField("displayName", "field.maxLength", DISPLAY_NAME_LENGTH);
    }
    String mail = email == null || email.isBlank() ? null : email.strip();
    if (mail != null
        && (mail.length() > EMAIL_LENGTH
            || !mail.matches("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+"))) {
      throw IncubatorException.onField("email", "identity.account.email");
    }
    this.displayName = displayName.strip();
    this.role = Objects.requireNonNull(role, "role");
    this.phone = phone;
    this.email = mail;
  }

  /** A person who left: they no longer sign in; everything they did stays theirs. */
  public void disable() {
    enabled = false;
  }

  public void enable() {
    enabled = true;
  }

  /** A lost phone: the next sign-in enrols a new second factor. */
  public void resetSecondFactor() {
    secondFactorSecret = null;
    secondFactorSince = null;
  }

  /** A code to set a new password, valid until {@code expiresAt}, kept as its hash. */
  public void issueResetCode(String codeHash, Instant expiresAt) {
    resetCodeHash = Objects.requireNonNull(codeHash, "codeHash");
    resetCodeExpiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** Whether this is the live code; the code works once. */
  public boolean takeResetCode(String codeHash, Instant now) {
    boolean live =
        resetCodeHash != null && resetCodeHash.equals(codeHash) && now.isBefore(resetCodeExpiresAt);
    if (live) {
      resetCodeHash = null;
      resetCodeExpiresAt = null;
    }
    return live;
  }

  public void changePassword(String newHash, Instant when) {
    passwordHash = Objects.requireNonNull(newHash, "newHash");
    passwordChangedAt = Objects.requireNonNull(when, "when");
  }

  public long getVersion() {
    return version;
  }

  public PhoneNumber getPhone() {
    return phone;
  }

  public String getEmail() {
    return email;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getPasswordChangedAt() {
    return passwordChangedAt;
  }

  public Instant getResetCodeExpiresAt() {
    return resetCodeExpiresAt;
  }

  /** The PBKDF2 hash of the password, for the one service that checks it at sign-in. */
  public String getPasswordHash() {
    return passwordHash;
  }

  public Role getRole() {
    return role;
  }

  public String getDisplayName() {
    return displayName;
  }

  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UserAccount other && username.equals(other.username);
  }

  @Override
  public int hashCode() {
    return username.hashCode();
  }
}
