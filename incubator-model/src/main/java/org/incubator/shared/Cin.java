package org.incubator.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Moroccan national identity card number (Carte d'Identité Nationale): one or two letters and up
 * to six digits, e.g. {@code BE123456}. Stored normalised — upper case, without spaces or dashes —
 * so that "be 123 456" and "BE-123456" are the same person.
 */
@Embeddable
public class Cin implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final int LENGTH = 10;

  /** The longest way of writing a CIN that forms take, with spaces, dashes or dots. */
  public static final int TYPED_LENGTH = 20;

  private static final Pattern FORMAT = Pattern.compile("[A-Z]{1,2}[0-9]{1,6}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-./]+");

  @Column(name = "cin", length = LENGTH, nullable = false, unique = true)
  private String value;

  protected Cin() {}

  private Cin(String value) {
    this.value = value;
  }

  /** The normalised CIN, or empty when the text is not a valid CIN. */
  public static Optional<Cin> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String normalised = SEPARATORS.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
    return FORMAT.matcher(normalised).matches()
        ? Optional.of(new Cin(normalised))
        : Optional.empty();
  }

  /** The normalised CIN; throws a field error with a message key when the text is not one. */
  public static Cin of(String text) {
    return parse(text)
        .orElseThrow(() -> IncubatorException.onField("cin", "applicant.cin.invalid"));
  }

  public String getValue() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cin other && value.equals(other.value);
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
