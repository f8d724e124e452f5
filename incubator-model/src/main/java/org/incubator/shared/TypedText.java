package org.incubator.shared;

/**
 * The one way a text a person typed is read into a record: stripped of surrounding spaces, empty as
 * none, and refused on its field when required and missing or longer than its column.
 */
public final class TypedText {

  private TypedText() {}

  public static String required(String typed, String field, int maxLength) {
    String value = optional(typed, field, maxLength);
    if (value == null) {
      throw IncubatorException.onField(field, "field.required");
    }
    return value;
  }

  public static String optional(String typed, String field, int maxLength) {
    String value = typed == null ? "" : typed.strip();
    if (value.length() > maxLength) {
      throw IncubatorException.onField(field, "field.maxLength", maxLength);
    }
    return value.isEmpty() ? null : value;
  }
}
