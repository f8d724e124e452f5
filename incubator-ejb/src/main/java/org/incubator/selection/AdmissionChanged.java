package org.incubator.selection;

import java.time.Instant;

/**
 * An applicant was admitted into a cohort, or an admission was withdrawn: fired inside the
 * transaction that made the change, so what follows admission (the person's journey) is written in
 * the same transaction or not at all.
 */
public record AdmissionChanged(
    Application application, Kind kind, String reason, String leadMentor, String by, Instant at) {

  public enum Kind {
    ADMITTED,
    WITHDRAWN
  }

  /** Admitted, with the mentor the committee chose to lead the person's coaching, or none. */
  public static AdmissionChanged admitted(
      Application application, String leadMentor, String by, Instant at) {
    return new AdmissionChanged(application, Kind.ADMITTED, null, leadMentor, by, at);
  }

  public static AdmissionChanged withdrawn(
      Application application, String reason, String by, Instant at) {
    return new AdmissionChanged(application, Kind.WITHDRAWN, reason, null, by, at);
  }
}
