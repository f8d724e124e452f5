package org.incubator.selection;

import java.time.Instant;

/**
 * An applicant was admitted into a cohort, or an admission was withdrawn: fired inside the
 * transaction that made the change, so what follows admission (the person's journey) is written in
 * the same transaction or not at all.
 */
public record AdmissionChanged(
    Application application, Kind kind, String reason, String by, Instant at) {

  public enum Kind {
    ADMITTED,
    WITHDRAWN
  }
}
