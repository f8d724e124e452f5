package org.incubator.programme;

import static org.incubator.programme.SettingContext.COACHING;
import static org.incubator.programme.SettingContext.GRANT;
import static org.incubator.programme.SettingContext.SELECTION;
import static org.incubator.programme.SettingContext.STARTER_KIT;
import static org.incubator.programme.SettingContext.TRAINING;
import static org.incubator.programme.SettingType.amountAbove;
import static org.incubator.programme.SettingType.amountFrom;
import static org.incubator.programme.SettingType.tranchePlan;
import static org.incubator.programme.SettingType.wholeNumber;
import static org.incubator.programme.SettingType.yesNo;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.incubator.grant.TranchePlan;

/**
 * The settings of the programme that the administrator changes, each declared once: the context it
 * belongs to, its type, default and bounds. Everything else follows from this one line: the
 * settings page shows it in its context's card, labelled {@code Setting.<NAME>} and with its bounds
 * in a hint; a value typed for it is read and bounded by its type and refused on its field ({@link
 * #getField()}); a change is kept in the one history; and until somebody changes it, it holds its
 * default (no row in the settings table, so a new setting needs no migration). Readers ask for a
 * value by its declaration: {@code settings.number(Setting.COMMITTEE_QUORUM)}.
 *
 * <p>A change applies to what is decided after it: grants already prepared keep their tranches.
 */
public enum Setting {
  /** How many years an earlier admission flags someone applying again. */
  REPEAT_YEARS(SELECTION, wholeNumber(3, 0, 20)),
  /** Members a committee session needs present to decide: four eyes need two; fifteen is a lot. */
  COMMITTEE_QUORUM(SELECTION, wholeNumber(3, 2, 15)),
  DOCUMENTS_PER_APPLICATION(SELECTION, wholeNumber(10, 1, 100)),
  /** Megabytes one online account uploads in all, its documents together. */
  MEGABYTES_PER_ACCOUNT(SELECTION, wholeNumber(50, 5, 2000)),
  /**
   * Days after a session during which its roll is taken or corrected; then an administrator reopens
   * it.
   */
  ROLL_OPEN_DAYS(TRAINING, wholeNumber(7, 1, 60)),
  /**
   * Whether a kit is handed over only once the person's training is complete; an administrator may
   * still waive it for one person, with a reason.
   */
  TRAINING_BEFORE_KIT(STARTER_KIT, yesNo(true)),
  /** The seed-grant ceiling per person. */
  GRANT_CEILING(GRANT, amountAbove("30000", "0")),
  /** The amount above which two different reviewers must approve a request. */
  TWO_REVIEWERS_ABOVE(GRANT, amountFrom("20000", "0")),
  /**
   * Whether a grant request waits for the person's whole training to be complete (attendance, or a
   * mentor's confirmation recorded before attendance was kept) before it goes to the reviewers.
   */
  TRAINING_BEFORE_GRANT(GRANT, yesNo(true)),
  /** How new grants are paid: shares, each unlocked by a milestone. */
  TRANCHE_PLAN(GRANT, tranchePlan(TranchePlan.standard())),
  /** People one mentor leads before the caseloads warn that they have too many. */
  CASELOAD_CAP(COACHING, wholeNumber(20, 1, 200)),
  /** Days without a session held after which a person shows on their lead mentor's day. */
  NOT_SEEN_DAYS(COACHING, wholeNumber(30, 7, 180));

  private final SettingContext context;
  private final SettingType<?> type;
  private final String field;

  Setting(SettingContext context, SettingType<?> type) {
    this.context = context;
    this.type = type;
    this.field = fieldOf(name());
  }

  /** GRANT_CEILING → grantCeiling: the id of its input, and the field its refusals name. */
  private static String fieldOf(String name) {
    var field = new StringBuilder();
    for (String word : name.toLowerCase(Locale.ROOT).split("_")) {
      field.append(
          field.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return field.toString();
  }

  /** The setting kept under this key, unless it is no longer declared. */
  public static Optional<Setting> named(String key) {
    return Arrays.stream(values()).filter(s -> s.name().equals(key)).findFirst();
  }

  public SettingContext getContext() {
    return context;
  }

  public SettingType<?> getType() {
    return type;
  }

  public SettingType.Kind getKind() {
    return type.kind();
  }

  public String getField() {
    return field;
  }

  public String defaultText() {
    return type.defaultText();
  }

  /**
   * What a person typed for this setting, read and bounded, written as the settings table keeps it;
   * refused on {@link #getField()} with the message of its type.
   */
  public String read(String typed) {
    return type.canonical(typed, field);
  }
}
