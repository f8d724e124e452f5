package org.incubator.selection;

/** Where an import of a sheet stands. */
public enum ImportState {
  /** Its lines are being imported, one by one. */
  RUNNING,
  /** Every line of the sheet was imported or refused. */
  FINISHED,
  /**
   * The server stopped before the last line: the lines counted were done, the others were not read.
   */
  INTERRUPTED
}
