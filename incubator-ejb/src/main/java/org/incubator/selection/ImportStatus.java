package org.incubator.selection;

import java.io.Serializable;
import java.util.List;

/**
 * Where an import stands: lines done out of the total, the refused lines so far, whether it is
 * over.
 */
public record ImportStatus(
    int total,
    int done,
    int imported,
    List<ImportLine> refused,
    boolean finished,
    long elapsedMillis)
    implements Serializable {

  /** Done, in percent, for a progress bar. */
  public int percent() {
    return total == 0 ? 100 : done * 100 / total;
  }
}
