package org.incubator.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.incubator.grant.Milestone;

/**
 * What the administrator types on the settings page, setting by setting, with each setting's value
 * and version as the page opened them: a save changes only what was typed differently, and is
 * refused if one of those settings changed meanwhile.
 */
public class SettingsDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One tranche of a plan as typed: its share in percent and the milestone that unlocks it. */
  public static class Share implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{field.required}")
    @Min(value = 1, message = "{programme.settings.share}")
    @Max(value = 100, message = "{programme.settings.share}")
    private Integer percent;

    @NotNull(message = "{field.required}")
    private Milestone milestone;

    public Share() {}

    public Share(Integer percent, Milestone milestone) {
      this.percent = percent;
      this.milestone = milestone;
    }

    public Integer getPercent() {
      return percent;
    }

    public void setPercent(Integer percent) {
      this.percent = percent;
    }

    public Milestone getMilestone() {
      return milestone;
    }

    public void setMilestone(Milestone milestone) {
      this.milestone = milestone;
    }
  }

  /** The text typed for each setting, but plans. */
  private final EnumMap<Setting, String> values = new EnumMap<>(Setting.class);

  /** The shares typed for each tranche plan. */
  private final EnumMap<Setting, List<Share>> plans = new EnumMap<>(Setting.class);

  private final EnumMap<Setting, String> opened = new EnumMap<>(Setting.class);
  private final EnumMap<Setting, Long> versions = new EnumMap<>(Setting.class);

  private SettingsDetails() {}

  /** The form filled with the settings as they are now. */
  public static SettingsDetails of(ProgrammeSettings settings) {
    var details = new SettingsDetails();
    for (Setting setting : Setting.values()) {
      details.opened.put(setting, settings.text(setting));
      details.versions.put(setting, settings.version(setting));
      if (setting.getKind() == SettingType.Kind.TRANCHE_PLAN) {
        List<Share> shares = new ArrayList<>();
        settings
            .plan(setting)
            .shares()
            .forEach(s -> shares.add(new Share(s.percent(), s.milestone())));
        details.plans.put(setting, shares);
      } else {
        details.values.put(setting, settings.text(setting));
      }
    }
    return details;
  }

  /**
   * Types a value as a person would; a plan as its table text ({@code 60:BUSINESS_LAUNCHED,...}),
   * read into shares.
   */
  public SettingsDetails type(Setting setting, String text) {
    if (setting.getKind() == SettingType.Kind.TRANCHE_PLAN) {
      List<Share> shares = new ArrayList<>();
      for (String share : text.split(",")) {
        String[] pair = share.split(":");
        shares.add(new Share(Integer.valueOf(pair[0].strip()), Milestone.valueOf(pair[1].strip())));
      }
      plans.put(setting, shares);
    } else {
      values.put(setting, text);
    }
    return this;
  }

  /** What was typed for the setting, as text; a plan's shares written as its type reads them. */
  public String typed(Setting setting) {
    if (setting.getKind() != SettingType.Kind.TRANCHE_PLAN) {
      return values.get(setting);
    }
    return plans.getOrDefault(setting, List.of()).stream()
        .map(
            s ->
                (s.percent == null ? "" : s.percent)
                    + ":"
                    + (s.milestone == null ? "" : s.milestone.name()))
        .collect(Collectors.joining(","));
  }

  /** The setting's value as the page opened it, as the settings table keeps it. */
  public String opened(Setting setting) {
    return opened.get(setting);
  }

  /** The version of the setting's value as the page opened it (0 for a default). */
  public long version(Setting setting) {
    return versions.getOrDefault(setting, 0L);
  }

  /** The text typed by setting, for the page's inputs. */
  public Map<Setting, String> getValues() {
    return values;
  }

  /** The shares typed by tranche plan, for the page's share editor. */
  public Map<Setting, List<Share>> getPlans() {
    return plans;
  }
}
