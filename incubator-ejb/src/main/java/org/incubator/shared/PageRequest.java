package org.incubator.shared;

import java.io.Serializable;

/** A slice of a list as a table asks for it: where it starts, how long it is, how it is sorted. */
public record PageRequest(int first, int size, String sortField, boolean ascending)
    implements Serializable {

  public static final int MAX_SIZE = 100;

  public PageRequest {
    if (first < 0) {
      throw new IllegalArgumentException("first must not be negative: " + first);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ": " + size);
    }
  }
}
