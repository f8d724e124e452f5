package org.incubator.programme;

import java.math.BigDecimal;
import java.util.Objects;
import org.incubator.grant.TranchePlan;
import org.incubator.shared.IncubatorException;
import org.incubator.shared.Money;

/**
 * What a setting holds, how it is kept as text in the settings table, and the bounds of what a
 * person may type for it. A value typed out of bounds, or not readable as its type, is refused on
 * the setting's field with the message of its type: {@code programme.setting.wholeNumber}, {@code
 * programme.setting.amountAbove} or {@code programme.setting.amountFrom}, {@code
 * programme.setting.yesNo} (the page shows the same bounds beforehand with the key followed by
 * {@code .hint}), and {@code grant.tranches.sum} for a tranche plan.
 *
 * @param <T> the value's Java type, as readers receive it
 */
public sealed interface SettingType<T> {

  /** The types a setting can have; the page picks the input of each, the history its format. */
  enum Kind {
    WHOLE_NUMBER,
    AMOUNT,
    TRANCHE_PLAN,
    YES_NO
  }

  Kind kind();

  /** What a setting nobody has changed holds. */
  T defaultValue();

  /**
   * A value as the settings table keeps it (written by {@link #write}). Not bounded again: a bound
   * tightened in a later version does not make what was saved before unreadable.
   */
  T parse(String stored);

  String write(T value);

  /** A value as a person typed it, read and bounded; refused on {@code field} otherwise. */
  T read(String typed, String field);

  /** What is typed, written as the settings table keeps it (so equal values compare equal). */
  default String canonical(String typed, String field) {
    return write(read(typed, field));
  }

  default String defaultText() {
    return write(defaultValue());
  }

  static WholeNumber wholeNumber(int defaultValue, int min, int max) {
    return new WholeNumber(defaultValue, min, max);
  }

  /** An amount in MAD strictly above {@code min}. */
  static Amount amountAbove(String defaultValue, String min) {
    return new Amount(Money.mad(defaultValue), Money.mad(min), false);
  }

  /** An amount in MAD of {@code min} or more. */
  static Amount amountFrom(String defaultValue, String min) {
    return new Amount(Money.mad(defaultValue), Money.mad(min), true);
  }

  static Plan tranchePlan(TranchePlan defaultValue) {
    return new Plan(defaultValue);
  }

  static YesNo yesNo(boolean defaultValue) {
    return new YesNo(defaultValue);
  }

  /** A whole number from {@code min} to {@code max}, both included. */
  record WholeNumber(Integer defaultValue, int min, int max) implements SettingType<Integer> {

    /** More digits than any bound we set, and fewer than an int overflows with. */
    private static final int MAX_DIGITS = 9;

    public WholeNumber {
      Objects.requireNonNull(defaultValue, "defaultValue");
      if (min > max || defaultValue < min || defaultValue > max) {
        throw new IllegalArgumentException(
            "The default " + defaultValue + " is not within " + min + "–" + max);
      }
    }

    @Override
    public Kind kind() {
      return Kind.WHOLE_NUMBER;
    }

    @Override
    public Integer parse(String stored) {
      return Integer.valueOf(stored);
    }

    @Override
    public String write(Integer value) {
      return value.toString();
    }

    /** Digits, Latin or Arabic-Indic, with spaces around and an optional minus sign. */
    @Override
    public Integer read(String typed, String field) {
      Integer number = typed == null ? null : digits(typed.strip());
      if (number == null || number < min || number > max) {
        throw IncubatorException.onField(
            field, "programme.setting.wholeNumber", String.valueOf(min), String.valueOf(max));
      }
      return number;
    }

    private static Integer digits(String text) {
      boolean negative = text.startsWith("-") || text.startsWith("\u2212");
      String digits = negative ? text.substring(1) : text;
      if (digits.isEmpty() || digits.length() > MAX_DIGITS) {
        return null;
      }
      int number = 0;
      for (char ch : digits.toCharArray()) {
        if (!Character.isDigit(ch)) {
          return null;
        }
        number = number * 10 + Character.digit(ch, 10);
      }
      return negative ? -number : number;
    }
  }

  /** An amount in MAD above {@code min}, or from it when {@code minIncluded}. */
  record Amount(Money defaultValue, Money min, boolean minIncluded) implements SettingType<Money> {

    public Amount {
      Objects.requireNonNull(defaultValue, "defaultValue");
      Objects.requireNonNull(min, "min");
      if (!within(defaultValue, min, minIncluded)) {
        throw new IllegalArgumentException("The default " + defaultValue + " is below " + min);
      }
    }

    @Override
    public Kind kind() {
      return Kind.AMOUNT;
    }

    @Override
    public Money parse(String stored) {
      return Money.mad(stored);
    }

    @Override
    public String write(Money value) {
      return value.getAmount().toPlainString();
    }

    /** As every amount is read ({@link Money#readAmount}), then bounded. */
    @Override
    public Money read(String typed, String field) {
      BigDecimal amount;
      try {
        amount = Money.readAmount(typed);
      } catch (IllegalArgumentException e) {
        throw IncubatorException.onField(field, "field.amount.invalid", Money.INTEGER_DIGITS);
      }
      Money money = Money.mad(amount);
      if (!within(money, min, minIncluded)) {
        throw IncubatorException.onField(field, messageKey(), minText());
      }
      return money;
    }

    /** The refusal of an amount out of bounds; the hint before it is this key + {@code .hint}. */
    public String messageKey() {
      return minIncluded ? "programme.setting.amountFrom" : "programme.setting.amountAbove";
    }

    /** The bound as a message shows it: {@code 0}, {@code 1500.5}. */
    public String minText() {
      return min.getAmount().stripTrailingZeros().toPlainString();
    }

    private static boolean within(Money amount, Money min, boolean minIncluded) {
      return minIncluded ? !min.isGreaterThan(amount) : amount.isGreaterThan(min);
    }
  }

  /**
   * A tranche plan, kept as {@code 60:BUSINESS_LAUNCHED,40:EVALUATION_PASSED}; its shares add up to
   * 100 %.
   */
  record Plan(TranchePlan defaultValue) implements SettingType<TranchePlan> {

    public Plan {
      Objects.requireNonNull(defaultValue, "defaultValue");
    }

    @Override
    public Kind kind() {
      return Kind.TRANCHE_PLAN;
    }

    @Override
    public TranchePlan parse(String stored) {
      return TranchePlan.parse(stored);
    }

    @Override
    public String write(TranchePlan value) {
      return TranchePlan.write(value);
    }

    @Override
    public TranchePlan read(String typed, String field) {
      if (typed == null || typed.isBlank() || typed.length() > SettingValue.VALUE_LENGTH) {
        throw IncubatorException.onField(field, "grant.tranches.sum");
      }
      try {
        return TranchePlan.parse(typed);
      } catch (IllegalArgumentException | IndexOutOfBoundsException | IncubatorException e) {
        throw IncubatorException.onField(field, "grant.tranches.sum");
      }
    }
  }

  /** A rule the programme follows or not, kept as {@code true} or {@code false}. */
  record YesNo(Boolean defaultValue) implements SettingType<Boolean> {

    public YesNo {
      Objects.requireNonNull(defaultValue, "defaultValue");
    }

    @Override
    public Kind kind() {
      return Kind.YES_NO;
    }

    @Override
    public Boolean parse(String stored) {
      return Boolean.valueOf(stored);
    }

    @Override
    public String write(Boolean value) {
      return value.toString();
    }

    /** Only the two answers the page offers; anything else sent is refused. */
    @Override
    public Boolean read(String typed, String field) {
      String answer = typed == null ? "" : typed.strip();
      if (!answer.equals("true") && !answer.equals("false")) {
        throw IncubatorException.onField(field, "programme.setting.yesNo");
      }
      return Boolean.valueOf(answer);
    }
  }
}
