package org.incubator.shared;

import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A slice of a list as a table asks for it: where it starts, how long it is, how it is sorted, and
 * how long the whole list is when the table already counted it. Knowing the length, a service reads
 * a page near the end backwards from the end, so the last page costs what the first does.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, long total)
    implements Serializable {

  public static final int MAX_SIZE = 100;

  /** The length of the list is not known. */
  public static final long UNKNOWN = -1;

  public PageRequest(int first, int size, String sortField, boolean ascending) {
    this(first, size, sortField, ascending, UNKNOWN);
  }

  /** Whether the page is nearer the end of the list than its start. */
  public boolean isNearerTheEnd() {
    return total != UNKNOWN && first > total - first - size;
  }

  /** Where the page starts when the list is read backwards (for a page nearer the end). */
  public int firstFromTheEnd() {
    return (int) Math.max(0, total - first - size);
  }

  /** How many rows the page has when read backwards: the last page may be short. */
  public int sizeFromTheEnd() {
    return (int) Math.max(0, Math.min(size, total - first));
  }

  /** How many rows to read from the end the page is read from ({@link #isNearerTheEnd}). */
  public int rowsToRead() {
    return isNearerTheEnd() ? sizeFromTheEnd() : size();
  }

  /** How many rows to skip from the end the page is read from ({@link #isNearerTheEnd}). */
  public int rowsToSkip() {
    return isNearerTheEnd() ? firstFromTheEnd() : first();
  }

  /**
   * The ids of this page from a query of the list's ids in the list's order, or, for a page nearer
   * the end, in the reverse order ({@code backwards}, {@link #isNearerTheEnd}): read from the end
   * and given back in the list's order.
   */
  public <T> List<T> idsFrom(TypedQuery<T> query, boolean backwards) {
    List<T> ids =
        new ArrayList<>(
            query.setFirstResult(rowsToSkip()).setMaxResults(rowsToRead()).getResultList());
    if (backwards) {
      Collections.reverse(ids);
    }
    return ids;
  }

  /**
   * The rows of a page read in two statements — its ids along an index, then those rows — in the
   * order of the ids. Lists are read without a transaction, so a row deleted between the two
   * statements is left out, not shown empty.
   */
  public static <T> List<T> inOrderOf(List<Long> ids, Map<Long, T> rows) {
    return ids.stream()
        .map(rows::get)
        .filter(Objects::nonNull)
        .collect(Collectors.toCollection(ArrayList::new));
  }

  public PageRequest {
    if (first < 0) {
      throw new IllegalArgumentException("first must not be negative: " + first);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ": " + size);
    }
  }
}
