package org.incubator.shared;

import jakarta.ejb.ApplicationException;

/** What was asked for does not exist, or the caller may not know that it does. */
@ApplicationException(rollback = true)
public class NotFoundException extends IncubatorException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
