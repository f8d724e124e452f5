package org.incubator.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.incubator.identity.UserAccount;

/**
 * One setting changed: which, its value before and after (as its type writes them), who and when. A
 * save that changes three settings writes three. The database refuses to edit or delete it.
 */
@Entity
@Table(name = "programme_setting_change")
public class SettingChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(
      name = "setting_key",
      length = SettingValue.KEY_LENGTH,
      nullable = false,
      updatable = false)
  private String key;

  @Column(
      name = "value_before",
      length = SettingValue.VALUE_LENGTH,
      nullable = false,
      updatable = false)
  private String before;

  @Column(
      name = "value_after",
      length = SettingValue.VALUE_LENGTH,
      nullable = false,
      updatable = false)
  private String after;

  @Column(
      name = "changed_by",
      length = UserAccount.USERNAME_LENGTH,
      nullable = false,
      updatable = false)
  private String by;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant at;

  protected SettingChange() {}

  public SettingChange(Setting setting, String before, String after, String by, Instant at) {
    this.key = setting.name();
    this.before = before;
    this.after = after;
    this.by = by;
    this.at = at;
  }

  public Long getId() {
    return id;
  }

  /** The key it was kept under, even for a setting no longer declared. */
  public String getKey() {
    return key;
  }

  public Optional<Setting> setting() {
    return Setting.named(key);
  }

  public String getBefore() {
    return before;
  }

  public String getAfter() {
    return after;
  }

  public String getBy() {
    return by;
  }

  public Instant getAt() {
    return at;
  }
}
