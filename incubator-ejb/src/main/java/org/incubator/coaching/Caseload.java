package org.incubator.coaching;

import java.io.Serializable;

/**
 * A mentor's caseload: the people they lead who still follow the programme, of whom launched, and
 * the programme's cap on it.
 */
public record Caseload(String mentor, String name, long people, long launched, int cap)
    implements Serializable {

  public boolean isOverCap() {
    return people > cap;
  }
}
