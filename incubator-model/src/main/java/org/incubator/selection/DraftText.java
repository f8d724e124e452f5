package org.incubator.selection;

import java.beans.BeanInfo;
import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Properties;
import org.incubator.applicant.ProjectHolderDetails;

/**
 * A holder's form as plain {@code name=value} lines, and back: every readable and writable
 * property of {@link ProjectHolderDetails} (texts, whole numbers, amounts, dates, enum values).
 * A value that no longer reads (an enum constant since removed) is dropped, not an error: a draft
 * is allowed to be wrong.
 */
public final class DraftText {

  private DraftText() {}

  public static String write(ProjectHolderDetails details) {
    var properties = new Properties();
    for (PropertyDescriptor property : properties()) {
      Object value = invoke(() -> property.getReadMethod().invoke(details));
      if (value != null) {
        properties.setProperty(property.getName(), value instanceof Enum<?> e ? e.name() : value.toString());
      }
    }
    var text = new StringWriter();
    try {
      properties.store(text, null);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return text.toString();
  }

  public static ProjectHolderDetails read(String text) {
    var properties = new Properties();
    try {
      properties.load(new StringReader(text == null ? "" : text));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    var details = new ProjectHolderDetails();
    for (PropertyDescriptor property : properties()) {
      String value = properties.getProperty(property.getName());
      if (value != null) {
        try {
          Object typed = parse(property.getPropertyType(), value);
          invoke(() -> property.getWriteMethod().invoke(details, typed));
        } catch (IllegalArgumentException | DateTimeParseException e) {
          // a value that no longer reads is left empty
        }
      }
    }
    return details;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object parse(Class<?> type, String value) {
    if (type == String.class) {
      return value;
    }
    if (type == Integer.class || type == int.class) {
      return Integer.valueOf(value);
    }
    if (type == BigDecimal.class) {
      return new BigDecimal(value);
    }
    if (type == LocalDate.class) {
      return LocalDate.parse(value);
    }
    if (type.isEnum()) {
      return Enum.valueOf((Class<? extends Enum>) type, value);
    }
    if (type == boolean.class || type == Boolean.class) {
      return Boolean.valueOf(value);
    }
    throw new IllegalArgumentException("A draft cannot keep a " + type.getSimpleName());
  }

  private static PropertyDescriptor[] properties() {
    try {
      BeanInfo info = Introspector.getBeanInfo(ProjectHolderDetails.class, Object.class);
      return java.util.Arrays.stream(info.getPropertyDescriptors())
          .filter(p -> p.getReadMethod() != null && p.getWriteMethod() != null)
          .toArray(PropertyDescriptor[]::new);
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
