package org.incubator.shared;

import jakarta.ejb.ApplicationException;

/** Someone else saved the same record first; the stale save is refused rather than lost. */
@ApplicationException(rollback = true)
public class ConcurrentUpdateException extends IncubatorException {

  private static final long serialVersionUID = 1L;

  public ConcurrentUpdateException() {
    super("error.conflict.detail");
  }
}
