package org.incubator.web.programme;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.stream.Collectors;
import org.incubator.programme.Setting;
import org.incubator.programme.SettingChange;
import org.incubator.programme.SettingType;
import org.incubator.shared.Money;
import org.incubator.web.shared.Labels;
import org.incubator.web.shared.LocaleSelection;
import org.incubator.web.shared.Messages;

/**
 * Settings in the reader's words: the bounds of a setting as a hint under its field, and the values
 * of the history as its type shows them (an amount in MAD, a plan with its milestones' names).
 */
@Named
@RequestScoped
public class SettingLabels {

  @Inject private Labels labels;

  @Inject private LocaleSelection localeSelection;

  /** The hint of a setting: its type's, with its bounds. */
  public String hint(Setting setting) {
    return Messages.text(localeSelection.getLocale(), hintKey(setting), hintArguments(setting));
  }

  /** The key of a setting's hint, by the convention of its type (checked by BundlesTest). */
  public static String hintKey(Setting setting) {
    return switch (setting.getKind()) {
      case WHOLE_NUMBER -> "programme.setting.wholeNumber.hint";
      case AMOUNT -> ((SettingType.Amount) setting.getType()).messageKey() + ".hint";
      case TRANCHE_PLAN -> "programme.settings.tranchesHint";
      case YES_NO -> "programme.setting." + setting.getField() + ".hint";
    };
  }

  private static Object[] hintArguments(Setting setting) {
    return switch (setting.getKind()) {
      case WHOLE_NUMBER -> {
        var number = (SettingType.WholeNumber) setting.getType();
        yield new Object[] {String.valueOf(number.min()), String.valueOf(number.max())};
      }
      case AMOUNT -> new Object[] {((SettingType.Amount) setting.getType()).minText()};
      case TRANCHE_PLAN, YES_NO -> new Object[0];
    };
  }

  /** The setting a change concerns, or the key it was kept under if it is no longer declared. */
  public String name(SettingChange change) {
    return change.setting().map(labels::of).orElse(change.getKey());
  }

  public String before(SettingChange change) {
    return shown(change, change.getBefore());
  }

  public String after(SettingChange change) {
    return shown(change, change.getAfter());
  }

  private String shown(SettingChange change, String value) {
    return change.setting().map(setting -> shown(setting, value)).orElse(value);
  }

  /** A value as its type shows it; a share of a plan keeps its percent sign when a line wraps. */
  private String shown(Setting setting, String value) {
    return switch (setting.getKind()) {
      case WHOLE_NUMBER -> value;
      case YES_NO ->
          Messages.text(
              localeSelection.getLocale(),
              Boolean.parseBoolean(value) ? "action.yes" : "action.no");
      case AMOUNT -> labels.money(Money.mad(value));
      case TRANCHE_PLAN ->
          ((SettingType.Plan) setting.getType())
              .parse(value).shares().stream()
                  .map(share -> share.percent() + "\u00a0% " + labels.of(share.milestone()))
                  .collect(Collectors.joining(" · "));
    };
  }
}
