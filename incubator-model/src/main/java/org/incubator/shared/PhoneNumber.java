package org.incubator.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Moroccan phone number, stored in international form ({@code +212612345678}). Accepts the ways
 * people write it: {@code 06 12 34 56 78}, {@code +212 6 12 34 56 78}, {@code 00212612345678}.
 */
@Embeddable
public class PhoneNumber implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final int LENGTH = 16;

  /** The longest way of writing a number that forms take: spaces, dashes, a country code. */
  public static final int TYPED_LENGTH = 30;

  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-./()]+");
  private static final Pattern NATIONAL = Pattern.compile("0([5-7][0-9]{8})");
  private static final Pattern INTERNATIONAL = Pattern.compile("(?:\\+|00)212([5-7][0-9]{8})");

  @Column(name = "phone", length = LENGTH)
  private String value;

  protected PhoneNumber() {}

  private PhoneNumber(String value) {
    this.value = value;
  }

  public static Optional<PhoneNumber> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String compact = SEPARATORS.matcher(text).replaceAll("");
    for (Pattern pattern : new Pattern[] {NATIONAL, INTERNATIONAL}) {
      var matcher = pattern.matcher(compact);
      if (matcher.matches()) {
        return Optional.of(new PhoneNumber("+212" + matcher.group(1)));
      }
    }
    return Optional.empty();
  }

  public static PhoneNumber of(String text) {
    return parse(text)
        .orElseThrow(() -> IncubatorException.onField("phone", "applicant.phone.invalid"));
  }

  public String getValue() {
    return value;
  }

  /** The national form people dial: {@code 0612345678}. */
  public String getNational() {
    return "0" + value.substring(4);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PhoneNumber other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
