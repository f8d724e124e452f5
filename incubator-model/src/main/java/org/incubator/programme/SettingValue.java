package org.incubator.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.incubator.identity.UserAccount;

/**
 * The value the administrator gave one setting, as text its type reads ({@link SettingType#parse}).
 * A setting nobody changed has no row and holds its default.
 */
@Entity
@Table(name = "programme_setting")
public class SettingValue {

  public static final int KEY_LENGTH = 60;

  /** Enough for a plan of a hundred shares of 1 %. */
  public static final int VALUE_LENGTH = 4000;

  @Id
  @Column(name = "setting_key", length = KEY_LENGTH, nullable = false, updatable = false)
  private String key;

  @Column(name = "setting_value", length = VALUE_LENGTH, nullable = false)
  private String value;

  @Version private long version;

  @Column(name = "changed_by", length = UserAccount.USERNAME_LENGTH, nullable = false)
  private String by;

  @Column(name = "changed_at", nullable = false)
  private Instant at;

  protected SettingValue() {}

  public SettingValue(Setting setting, String value, String by, Instant at) {
    this.key = setting.name();
    change(value, by, at);
  }

  public void change(String value, String by, Instant at) {
    this.value = Objects.requireNonNull(value, "value");
    this.by = Objects.requireNonNull(by, "by");
    this.at = Objects.requireNonNull(at, "at");
  }

  /**
   * The whole number of a setting inside one SQL statement (the ranking's): its row, or its default
   * when nobody changed it.
   */
  public static String wholeNumberInSql(Setting setting) {
    if (!(setting.getType() instanceof SettingType.WholeNumber number)) {
      throw new IllegalArgumentException(setting + " is not a whole number");
    }
    return "COALESCE((SELECT CAST(programme_setting.setting_value AS SIGNED) FROM programme_setting"
        + " WHERE programme_setting.setting_key = '"
        + setting.name()
        + "'), "
        + number.defaultValue()
        + ")";
  }

  public String getKey() {
    return key;
  }

  public String getValue() {
    return value;
  }

  public long getVersion() {
    return version;
  }

  public String getBy() {
    return by;
  }

  public Instant getAt() {
    return at;
  }
}
