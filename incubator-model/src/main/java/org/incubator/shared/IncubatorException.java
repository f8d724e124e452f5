package org.incubator.shared;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The one exception family of the application. It carries a message key that the user interface
 * resolves in the user's language, the arguments of that message and, when the error concerns one
 * input, the name of that field.
 */
@ApplicationException(rollback = true)
public class IncubatorException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final String field;
  private final transient Object[] arguments;

  public IncubatorException(String messageKey, Object... arguments) {
    this(messageKey, null, arguments);
  }

  protected IncubatorException(String messageKey, String field, Object... arguments) {
    super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
    this.messageKey = messageKey;
    this.field = field;
    this.arguments = arguments.clone();
  }

  /** An error about one input, shown next to that field. */
  public static IncubatorException onField(String field, String messageKey, Object... arguments) {
    return new IncubatorException(messageKey, field, arguments);
  }

  public String getMessageKey() {
    return messageKey;
  }

  public Optional<String> getField() {
    return Optional.ofNullable(field);
  }

  public Object[] getArguments() {
    return arguments.clone();
  }
}
