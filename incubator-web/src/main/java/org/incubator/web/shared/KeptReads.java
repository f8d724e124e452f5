package org.incubator.web.shared;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a person's pages read again and again from the database, read once and kept for {@link
 * #KEPT_MILLIS} in their session: the lengths of the lists they page through (a list of 100,000 is
 * not counted at each page nor each visit) and their own name in the page header. Kept per person,
 * so nothing one person may see is read for another. Any command the person runs forgets them
 * ({@link RereadAfterCommands}): what they just saved shows; what others saved shows within the
 * delay.
 */
public final class KeptReads implements Serializable {

  private static final long serialVersionUID = 1L;

  static final long KEPT_MILLIS = 30_000;
  private static final int MOST_KEPT = 50;
  private static final String SESSION_KEY = KeptReads.class.getName();

  private record Kept(Serializable value, long readAt) implements Serializable {}

  private final Map<List<Object>, Kept> kept =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Kept> eldest) {
          return size() > MOST_KEPT;
        }
      };

  /** The person's kept reads; outside a request (a test), reads that are never kept. */
  public static KeptReads ofSession() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null) {
      return new KeptReads();
    }
    Map<String, Object> session = faces.getExternalContext().getSessionMap();
    return (KeptReads) session.computeIfAbsent(SESSION_KEY, key -> new KeptReads());
  }

  /** How many rows the list keeps under this filter: the kept count, or a new one. */
  public long count(Class<?> list, Object filter, Supplier<Long> counting) {
    return of(list, filter, counting);
  }

  /**
   * The kept value of what (a class that reads it) for which (its argument: a filter, a name), or a
   * new read.
   */
  @SuppressWarnings("unchecked")
  public synchronized <T extends Serializable> T of(
      Class<?> what, Object which, Supplier<T> reading) {
    List<Object> key = List.of(what.getName(), which);
    long now = System.currentTimeMillis();
    Kept read = kept.get(key);
    if (read == null || now - read.readAt() > KEPT_MILLIS) {
      read = new Kept(reading.get(), now);
      kept.put(key, read);
    }
    return (T) read.value();
  }

  public synchronized void forget() {
    kept.clear();
  }
}
