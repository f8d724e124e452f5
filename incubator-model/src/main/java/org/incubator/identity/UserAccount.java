package org.incubator.identity;

import jakarta.persistence.Column;
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

/**
 * A person who signs in. The password is only ever kept as a PBKDF2-HMAC-SHA512 hash; the database
 * identity store reads {@code username}, {@code password_hash} and {@code role}.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

  public static final int USERNAME_LENGTH = 60;
  public static final int DISPLAY_NAME_LENGTH = 120;

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
