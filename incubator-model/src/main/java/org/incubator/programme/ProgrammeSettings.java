package org.incubator.programme;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.incubator.grant.TranchePlan;
import org.incubator.shared.Money;

/**
 * The programme's settings as they are now: what the administrator set, and the default of every
 * setting nobody changed. Read a value by its declaration, as its type: {@code
 * settings.amount(Setting.GRANT_CEILING)}, {@code settings.number(Setting.REPEAT_YEARS)}, {@code
 * settings.plan(Setting.TRANCHE_PLAN)}.
 */
public final class ProgrammeSettings {

  private final Map<Setting, SettingValue> rows = new EnumMap<>(Setting.class);

  private ProgrammeSettings() {}

  /**
   * The settings from the rows of the settings table (a row of a setting no longer declared is
   * left).
   */
  public static ProgrammeSettings of(Collection<SettingValue> rows) {
    var settings = new ProgrammeSettings();
    rows.forEach(row -> Setting.named(row.getKey()).ifPresent(s -> settings.rows.put(s, row)));
    return settings;
  }

  public Money amount(Setting setting) {
    return typed(setting, SettingType.Amount.class).parse(text(setting));
  }

  public int number(Setting setting) {
    return typed(setting, SettingType.WholeNumber.class).parse(text(setting));
  }

  public boolean yes(Setting setting) {
    return typed(setting, SettingType.YesNo.class).parse(text(setting));
  }

  public TranchePlan plan(Setting setting) {
    return typed(setting, SettingType.Plan.class).parse(text(setting));
  }

  /** The value as the settings table keeps it, or the default's. */
  public String text(Setting setting) {
    SettingValue row = rows.get(setting);
    return row == null ? setting.defaultText() : row.getValue();
  }

  /** The version of the setting's value, 0 while it holds its default. */
  public long version(Setting setting) {
    SettingValue row = rows.get(setting);
    return row == null ? 0 : row.getVersion();
  }

  private static <K extends SettingType<?>> K typed(Setting setting, Class<K> type) {
    if (!type.isInstance(setting.getType())) {
      throw new IllegalArgumentException(setting + " is not " + type.getSimpleName());
    }
    return type.cast(setting.getType());
  }
}
