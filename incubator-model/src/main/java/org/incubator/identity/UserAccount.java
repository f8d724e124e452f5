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

/**
 * A person who signs in. The password is only ever kept as a PBKDF2-HMAC-SHA512 hash; the
 * database identity store reads {@code username}, {@code password_hash} and {@code role}.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

  public static final int USERNAME_LENGTH = 60;
  public static final int DISPLAY_NAME_LENGTH = 120;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  private long version;

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

  protected UserAccount() {}

  public UserAccount(String username, String passwordHash, Role role, String displayName, Instant createdAt) {
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
