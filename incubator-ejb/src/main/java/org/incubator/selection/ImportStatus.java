package org.incubator.selection;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * An import as its report tells it: which file went into which call, who ran it and when, lines
 * done out of the sheet's, imported and refused, and whether it is running, finished or stopped
 * before the end.
 */
public record ImportStatus(
    Long id,
    Long callId,
    String callName,
    String fileName,
    String startedBy,
    Instant startedAt,
    Instant endedAt,
    ImportState state,
    int total,
    int done,
    int imported,
    int refused)
    implements Serializable {

  static ImportStatus of(ImportReport report, Long callId, String callName) {
    return new ImportStatus(
        report.getId(),
        callId,
        callName,
        report.getFileName(),
        report.getStartedBy(),
        report.getStartedAt(),
        report.getEndedAt().orElse(null),
        report.getState(),
        report.getLinesTotal(),
        report.getLinesRead(),
        report.getLinesImported(),
        report.getLinesRefused());
  }

  /** Done, in percent, for a progress bar. */
  public int percent() {
    return total == 0 ? 100 : done * 100 / total;
  }

  public boolean running() {
    return state == ImportState.RUNNING;
  }

  public boolean finished() {
    return state == ImportState.FINISHED;
  }

  /** How long it ran, or has been running. */
  public long elapsedMillis() {
    return Duration.between(startedAt, endedAt == null ? Instant.now() : endedAt).toMillis();
  }
}
