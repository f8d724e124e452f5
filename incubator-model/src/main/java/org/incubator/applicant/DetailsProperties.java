package org.incubator.applicant;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.incubator.shared.Money;

/**
 * The fields of {@link ProjectHolderDetails} as text, for the forms that travel as text: a saved
 * draft and a row of an imported sheet. Dates read as {@code dd/MM/yyyy}, {@code yyyy-MM-dd} or an
 * Excel day number, amounts as {@link Money#readAmount} reads them (never an exponent), enum values
 * by their name in any case.
 */
public final class DetailsProperties {

  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  /** Excel counts days from here (its serial 1 is 1900-01-01, after its 1900 leap-year slip). */
  private static final LocalDate EXCEL_DAY_ZERO = LocalDate.of(1899, 12, 30);

  private static final List<PropertyDescriptor> ALL = introspect();

  private DetailsProperties() {}

  /** Every field that can be both read and written, by its property name. */
  public static List<String> names() {
    return ALL.stream().map(PropertyDescriptor::getName).toList();
  }

  public static Optional<String> get(ProjectHolderDetails details, String name) {
    Object value = invoke(() -> descriptor(name).getReadMethod().invoke(details));
    return Optional.ofNullable(value).map(v -> v instanceof Enum<?> e ? e.name() : v.toString());
  }

  /**
   * Sets the field from its text; a blank text empties it. Throws IllegalArgumentException if the
   * text does not read.
   */
  public static void set(ProjectHolderDetails details, String name, String text) {
    PropertyDescriptor property = descriptor(name);
    Object value =
        text == null || text.isBlank() ? null : parse(property.getPropertyType(), text.strip());
    invoke(() -> property.getWriteMethod().invoke(details, value));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object parse(Class<?> type, String text) {
    try {
      if (type == String.class) {
        return text;
      }
      if (type == Integer.class) {
        return Integer.valueOf(text);
      }
      if (type == BigDecimal.class) {
        return Money.readAmount(text);
      }
      if (type == LocalDate.class) {
        if (text.matches("\\d{1,6}(\\.0+)?")) {
          return EXCEL_DAY_ZERO.plusDays(Long.parseLong(text.replaceAll("\\..*", "")));
        }
        return text.contains("/") ? LocalDate.parse(text, DAY_MONTH_YEAR) : LocalDate.parse(text);
      }
      if (type.isEnum()) {
        return Enum.valueOf((Class<? extends Enum>) type, text.toUpperCase(Locale.ROOT));
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    throw new IllegalArgumentException("Not a text field: " + type.getSimpleName());
  }

  private static PropertyDescriptor descriptor(String name) {
    return ALL.stream()
        .filter(p -> p.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No field " + name));
  }

  private static List<PropertyDescriptor> introspect() {
    try {
      return Arrays.stream(
              Introspector.getBeanInfo(ProjectHolderDetails.class, Object.class)
                  .getPropertyDescriptors())
          .filter(p -> p.getReadMethod() != null && p.getWriteMethod() != null)
          .toList();
    } catch (IntrospectionException e) {
      throw new IllegalStateException(e);
    }
  }

  private interface Reflective {
    Object call() throws IllegalAccessException, InvocationTargetException;
  }

  private static Object invoke(Reflective call) {
    try {
      return call.call();
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }
}
