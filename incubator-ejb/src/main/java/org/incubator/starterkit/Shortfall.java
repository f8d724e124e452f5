package org.incubator.starterkit;

import java.io.Serializable;

/**
 * An article the shelves lack: what is free now, against what the kits waiting and the next
 * cohort's kits need.
 */
public record Shortfall(KitArticle article, int available, int needed) implements Serializable {

  public int getMissing() {
    return needed - available;
  }
}
