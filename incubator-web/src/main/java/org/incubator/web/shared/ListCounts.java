package org.incubator.web.shared;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * How long the lists a person reads are, counted once per list and filter and kept for {@link
 * #KEPT_MILLIS} in their session: paging, sorting, and opening a list page again cost no count of a
 * list of 100,000. Kept per person, so nothing one person may see is counted for another. Any
 * command the person runs forgets them ({@link RecountAfterCommands}): what they just saved is
 * counted; what others saved shows within the delay.
 */
public final class ListCounts implements Serializable {

  private static final long serialVersionUID = 1L;

  static final long KEPT_MILLIS = 30_000;
  private static final int MOST_KEPT = 50;
  private static final String SESSION_KEY = ListCounts.class.getName();

  private record Count(long rows, long countedAt) implements Serializable {}

  private final Map<List<Object>, Count> counts =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Count> eldest) {
          return size() > MOST_KEPT;
        }
      };

  /** The person's counts; outside a request (a test), counts that are never kept. */
  public static ListCounts ofSession() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null) {
      return new ListCounts();
    }
    Map<String, Object> session = faces.getExternalContext().getSessionMap();
    return (ListCounts) session.computeIfAbsent(SESSION_KEY, key -> new ListCounts());
  }

  /** The kept count of the list under this filter, or a new one. */
  public synchronized long of(Class<?> list, Object filter, LongSupplier counting) {
    List<Object> key = List.of(list.getName(), filter);
    long now = System.currentTimeMillis();
    Count kept = counts.get(key);
    if (kept == null || now - kept.countedAt() > KEPT_MILLIS) {
      kept = new Count(counting.getAsLong(), now);
      counts.put(key, kept);
    }
    return kept.rows();
  }

  public synchronized void forget() {
    counts.clear();
  }
}
